/**
 * The GitHub reporter: workflow commands that annotate the PR diff, e.g.
 * `::error file=docs/x.md,line=3,col=5,title=unknown-reference::…`.
 */
import type { Diagnostic } from '../diagnostic.js';
/** One workflow command per diagnostic. */
export declare function formatGithub(diagnostics: readonly Diagnostic[]): string;
