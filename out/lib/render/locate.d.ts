/**
 * Places Mermaid's errors in the `.mmd` source: the line (and, when it is
 * exact, the column) of the file, not of Mermaid's preprocessed text.
 */
import type { DiagramError } from './errors.js';
import type { PageOutcome } from './page.js';
type PageFailure = Extract<PageOutcome, {
    ok: false;
}>;
/** Turns Mermaid's error into a {@link DiagramError} located in the `.mmd` source. */
export declare function locateError(key: string, source: string, outcome: PageFailure): DiagramError;
/** Where to report a failure Mermaid gave no line for: the diagram's first line. */
export declare function firstContentLine(source: string): number;
export {};
