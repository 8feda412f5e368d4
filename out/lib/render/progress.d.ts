/**
 * A single self-updating progress line for long renders. It only appears on
 * an interactive terminal: logs in CI and in pipes stay free of `\r` noise.
 */
import type { RenderProgress } from './renderer.js';
/** The little of a terminal stream the progress line uses (`process.stderr` fits). */
export interface ProgressStream {
    write(chunk: string): unknown;
    isTTY?: boolean;
    columns?: number;
}
/** Options of {@link createProgressLine}. */
export interface ProgressLineOptions {
    /** Where to draw (default `process.stderr`). */
    stream?: ProgressStream;
    /** Environment to read `CI` from (default `process.env`). */
    env?: Readonly<Record<string, string | undefined>>;
    /** Batches of this many diagrams or fewer draw nothing (default 5). */
    quietUpTo?: number;
}
/** Feed `onProgress` to a render; call `finish` afterwards to clear the line. */
export interface ProgressLine {
    onProgress(progress: RenderProgress): void;
    finish(): void;
}
/**
 * A progress line on `stream` when it is a TTY, `CI` is unset and the batch
 * has more than `quietUpTo` diagrams; otherwise every call does nothing.
 */
export declare function createProgressLine(options?: ProgressLineOptions): ProgressLine;
/** `Rendering diagrams 12/40 (31.5/s) docs/x.mmd`: the text of one progress line. */
export declare function formatProgress(progress: RenderProgress): string;
