/** Generated files and their header. */
import type { Position } from '../diagnostics/diagnostic.js';
/** Where a range of generated lines came from in a doc. */
export interface LineOrigin {
    /** 1-based inclusive line range in the generated file. */
    startLine: number;
    endLine: number;
    file: string;
    position: Position;
    /** e.g. `step 4` — for messages. */
    label: string;
}
/** One generated file. */
export interface GeneratedFile {
    /** Relative to the project root, `/`-separated. */
    path: string;
    content: string;
    /** The doc it was generated from (null for orchestrators). */
    source: string | null;
    /** Generated line ranges that came from doc steps. */
    origins: LineOrigin[];
}
export { HEADER_MARK, hasHeader, headerLines, headerSource } from '../header.js';
