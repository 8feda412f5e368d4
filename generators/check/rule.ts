/**
 * The contract every check rule implements: a plain object with an id, a
 * default severity, a one-line description and a `run` that reports.
 */
import type { Diagnostic, Position, RelatedLocation, Severity } from '../diagnostics/diagnostic.js';
import type { DependencyGraph } from '../graph/graph.js';
import type { StackIndex } from '../cfn/stacks.js';
import type { Component } from '../model/types.js';

/** What a rule reports; the runner fills in the rule id and severity. */
export interface RuleReport {
  file: string;
  position: Position;
  message: string;
  hint?: string;
  related?: RelatedLocation[];
  severity?: Severity;
}

/** What a rule sees. */
export interface RuleContext {
  /** Components sorted by id, references resolved. */
  components: readonly Component[];
  /** First component for each id. */
  byId: ReadonlyMap<string, Component>;
  graphs: { deploy: DependencyGraph; delete: DependencyGraph };
  /** Each component's stack facts and CloudFormation template (empty when templates are not read). */
  stacks: StackIndex;
  options: RuleOptions;
  report(report: RuleReport): void;
}

/** Project settings some rules need. */
export interface RuleOptions {
  /** Diagrams folder relative to the project root. */
  diagramsDir: string;
}

/** A check rule: one per file under `check/rules/`. */
export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  run(ctx: RuleContext): void;
}

/** Builds a diagnostic from a rule report. */
export function toDiagnostic(rule: Rule, r: RuleReport): Diagnostic {
  return {
    ruleId: rule.id,
    severity: r.severity ?? rule.severity,
    message: r.message,
    file: r.file,
    start: r.position.start,
    end: r.position.end,
    ...(r.related?.length ? { related: r.related } : {}),
    ...(r.hint ? { hint: r.hint } : {}),
  };
}
