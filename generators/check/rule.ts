/**
 * The contract every check rule implements: a plain object with an id, a
 * default severity, a one-line description and a `run` that reports.
 */
import type { Diagnostic, Position, RelatedLocation, Severity } from '../diagnostics/diagnostic.js';
import type { DependencyGraph } from '../graph/graph.js';
import type { Component } from '../model/types.js';
import type { Config } from '../config/types.js';

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
  options: RuleOptions;
  report(report: RuleReport): void;
}

/** Project settings some rules need. */
export interface RuleOptions {
  /** Diagrams folder relative to the project root. */
  diagramsDir: string;
  /** The project config (front matter not applied). */
  config: Config;
  /** Whether a repository file exists (path relative to the root); null: unknown, not checked. */
  fileExists: ((path: string) => boolean) | null;
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
