/**
 * The one diagnostic type. It stays structured until a reporter prints it.
 */
import type { FindingScope } from './rule-ids.js';
/** A 1-based line/column point, copied from mdast (unist) positions. */
export interface Point {
    line: number;
    column: number;
}
/** A source range, start inclusive and end exclusive, as in unist. */
export interface Position {
    start: Point;
    end: Point;
}
/** How bad a diagnostic is: errors fail `check`, warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info';
/** A second place that explains a diagnostic ("the other doc lists it here"). */
export interface RelatedLocation {
    file: string;
    start: Point;
    message: string;
}
/** A problem found in a doc, a config file or a generated file. */
export interface Diagnostic {
    /** Stable rule id, e.g. `unknown-reference`. */
    ruleId: string;
    severity: Severity;
    /** One sentence; the offending value in backticks. */
    message: string;
    /** Path relative to the project root, with `/` separators. */
    file: string;
    start: Point;
    end?: Point;
    related?: RelatedLocation[];
    /** What to do about it. */
    hint?: string;
    /** Every component id this one diagnostic stands for, when one cause has many effects. */
    ids?: string[];
    /** For a doc finding: the component docs and workflows it belongs to, and what it holds back. Reporters do not print it. */
    scope?: FindingScope;
}
/** Total order used everywhere: file, line, column, rule, then message. */
export declare function compareDiagnostics(a: Diagnostic, b: Diagnostic): number;
/** Sorts and removes exact duplicates (same place, rule and message). */
export declare function normalizeDiagnostics(list: readonly Diagnostic[]): Diagnostic[];
/** True when any diagnostic is an error. */
export declare function hasErrors(list: readonly Diagnostic[]): boolean;
/** Plain code-unit comparison: locale-independent, so output is the same on every machine. */
export declare function cmp(a: string, b: string): number;
