/** Prints diagnostics in the chosen format to the right stream. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Verbosity } from './args.js';
import { type CliIO, type OutStream } from './io.js';
/** Diagnostics output formats. */
export type ReportFormat = 'text' | 'json' | 'github';
/**
 * Writes `diagnostics` to `stream`; text gets a summary line. `quiet` text
 * shows only errors and warnings, without the summary; `verbose` text always
 * shows snippets, related places and hints (otherwise only on a TTY).
 */
export declare function report(io: CliIO, stream: OutStream, format: ReportFormat, diagnostics: readonly Diagnostic[], docs: number | null, sources?: ReadonlyMap<string, string>, verbosity?: Verbosity): void;
