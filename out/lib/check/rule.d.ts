/**
 * The contract every check rule implements: a plain object with an id (its
 * severity and what it holds back are the id's, in diagnostics/rule-ids.ts),
 * a one-line description and a `run` that reports.
 */
import type { Diagnostic, Position, RelatedLocation, Severity } from '../diagnostics/diagnostic.js';
import { type HoldBack, type RuleId } from '../diagnostics/rule-ids.js';
import type { StackIndex } from '../cfn/stacks.js';
import type { StepKind } from '../steps/kind.js';
import type { DependencyGraph } from '../graph/graph.js';
import { type Component, type Phase } from '../model/types.js';
/** What a finding belongs to: which components, and which of their workflows. */
export interface ReportScope {
    /** The component docs it is about (a cycle: every component on it). */
    components: readonly Component[];
    /** The phases whose workflows it is about: one, both (the whole doc), or none (only the graph). */
    phases: readonly Phase[];
    /** It is about the component's stack name, which the runtime guards of other workflows copy. */
    stack?: boolean;
    /** Set when this finding holds back less than its rule's findings usually do. */
    holds?: HoldBack;
}
/** What a rule reports; the runner fills in the rule id and severity. */
export interface RuleReport {
    file: string;
    position: Position;
    message: string;
    hint?: string;
    related?: RelatedLocation[];
    severity?: Severity;
    /** Every component id the report stands for, when one cause has many effects. */
    ids?: string[];
    scope: ReportScope;
}
/** What a rule sees. */
export interface RuleContext {
    /** Components sorted by id, references resolved. */
    components: readonly Component[];
    /** First component for each id. */
    byId: ReadonlyMap<string, Component>;
    graphs: {
        deploy: DependencyGraph;
        delete: DependencyGraph;
    };
    /** Each component's stack facts and CloudFormation template (none read when no template reader is given). */
    stacks: StackIndex;
    options: RuleOptions;
    report(report: RuleReport): void;
}
/** Project settings some rules need. */
export interface RuleOptions {
    /** Diagrams folder relative to the project root. */
    diagramsDir: string;
    /** Whether a repository file exists (path relative to the root); null: unknown, not checked. */
    fileExists: ((path: string) => boolean) | null;
    /** The step kinds the model was classified with, in match order (user kinds first). */
    stepKinds: readonly StepKind[];
}
/** A check rule: one per file under `check/rules/`. */
export interface Rule {
    id: RuleId;
    description: string;
    run(ctx: RuleContext): void;
}
/** The scope of a finding about one workflow of `c`. */
export declare function inWorkflow(c: Component, phase: Phase): ReportScope;
/** The scope of a finding about the whole doc `c` (every workflow it has). */
export declare function wholeDoc(c: Component): ReportScope;
/** Builds a diagnostic from a rule report. */
export declare function toDiagnostic(rule: Rule, r: RuleReport): Diagnostic;
