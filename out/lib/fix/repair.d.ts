/**
 * The contract of a `docflow fix` repair: one per fixable rule. A repair
 * reads the analysed model and returns what to change as data (intents);
 * it never touches text. The planner turns intents into surgical edits.
 */
import type { Analysis } from '../analyze.js';
import type { Point } from '../diagnostics/diagnostic.js';
import type { EntryList } from '../graph/consistency.js';
import type { Component, DependencyRef, Phase } from '../model/types.js';
/** Add an entry naming `target` (a component id or a glob of ids) to a list of `component`. */
export interface AddEntry {
    kind: 'add-entry';
    component: Component;
    list: EntryList;
    phase: Phase;
    /** A component id, or a glob of ids. */
    target: string;
    reason: string | null;
    /** Written as a placeholder that `check` still flags: a human must decide. */
    placeholder?: boolean;
}
/** Remove an entry that refers to nothing. */
export interface RemoveEntry {
    kind: 'remove-entry';
    component: Component;
    ref: DependencyRef;
}
/** Rewrite the reference of an entry (its prefix and style kept). */
export interface ReplaceEntry {
    kind: 'replace-entry';
    component: Component;
    ref: DependencyRef;
    /** The component id or glob it should name. */
    target: string;
}
/** Make a workflow's Sequence Diagram link `url`. */
export interface SetDiagram {
    kind: 'set-diagram';
    component: Component;
    phase: Phase;
    alt: string;
    url: string;
}
/**
 * Replace `start`..`end` (end exclusive) of a step's text with `text`: the
 * positions come from the model (the step's code spans and source), in the
 * normalised text's 1-based line/column, so nothing is re-found.
 */
export interface EditStep {
    kind: 'edit-step';
    component: Component;
    start: Point;
    end: Point;
    text: string;
}
/** One change a repair wants, with the rule it answers and a line for the report. */
/**
 * Inserts whole lines after line `after` of the doc (`docflow import --merge`:
 * steps a workflow has and the doc lacks, or the script under a prose step).
 * The lines are written as given, already indented and numbered.
 */
export interface InsertLines {
    kind: 'insert-lines';
    component: Component;
    after: number;
    lines: readonly string[];
}
export type Intent = (AddEntry | RemoveEntry | ReplaceEntry | SetDiagram | EditStep | InsertLines) & {
    rule: string;
    summary: string;
};
/** What a repair sees. */
export interface FixContext {
    analysis: Analysis;
    /** Diagrams folder relative to the project root. */
    diagramsDir: string;
}
/** A repair: one per file under `fix/repairs/`, listed in `fix/registry.ts`. */
export interface Repair {
    /** The check rule whose findings it repairs (what `--only` takes). */
    rule: string;
    /** One line for `--help` and docs. */
    description: string;
    plan(ctx: FixContext): Intent[];
}
