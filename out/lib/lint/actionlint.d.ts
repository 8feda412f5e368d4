import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../emit/files.js';
/** Options for {@link lintWorkflows}. */
export interface LintOptions {
    /** Folder for the result cache; null disables it. */
    cacheDir: string | null;
}
/** Lints every `.yml` file; returns diagnostics sorted by the caller. */
export declare function lintWorkflows(files: readonly GeneratedFile[], options: LintOptions): Promise<Diagnostic[]>;
