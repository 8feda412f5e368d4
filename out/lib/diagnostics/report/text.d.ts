/**
 * The text reporter: `path:line:col: severity message [rule-id]`, plus a
 * hint on the next line, and a source snippet with a `^~~~` underline when
 * printing to a TTY.
 */
import type { Colors } from 'picocolors/types.js';
import type { Diagnostic } from '../diagnostic.js';
/** Options for {@link formatText}. */
export interface TextOptions {
    colors: Colors;
    /** Show source snippets and related places (on a TTY). */
    verbose: boolean;
    /** Show hints; default true, on a TTY or not: CI logs are where people read them. */
    hints?: boolean;
    /** File text by path, for snippets. */
    sources?: ReadonlyMap<string, string>;
}
/** Formats diagnostics, one per line (more with snippets), ending with a newline when non-empty. */
export declare function formatText(diagnostics: readonly Diagnostic[], options: TextOptions): string;
/** `2 errors, 1 warning in 16 docs` — the closing line (without `in …` when `docs` is null). */
export declare function summaryLine(diagnostics: readonly Diagnostic[], docs: number | null, colors: Colors): string;
