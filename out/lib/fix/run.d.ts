/**
 * `docflow fix` as a pure function: files in, files out. Each round analyses
 * the docs, asks every repair what it wants, plans surgical edits and
 * applies them; rounds repeat until nothing changes (a fixed point), so a
 * second run is a no-op.
 */
import { type AnalyzeOptions } from '../analyze.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../model/load.js';
import type { Repair } from './repair.js';
/** Options for {@link fixDocs}. */
export interface FixOptions extends AnalyzeOptions {
    /** Repairs to run; default: all built-in ones. */
    repairs?: readonly Repair[];
    /** Limit repairs to the one for this rule id. */
    only?: string;
    /** Diagrams folder relative to the root (default `docs/components/images`). */
    diagramsDir?: string;
}
/** One change made, as a diagnostic-shaped record (rule, file and place before the edit). */
export type FixRecord = Diagnostic;
/** The outcome of {@link fixDocs}. */
export interface FixResult {
    /** Every input file, with its new text. */
    files: SourceFile[];
    /** Paths whose text changed, sorted. */
    changed: string[];
    /** What was done, in order. */
    applied: FixRecord[];
    rounds: number;
}
/** Repairs `files` to a fixed point. Never throws on doc content. */
export declare function fixDocs(files: readonly SourceFile[], options?: FixOptions): FixResult;
