/**
 * Runs the rules over a resolved model. Like markdownlint's core, it
 * validates what rules report: a bad position is a bug in the rule, not in
 * the user's doc, so it throws.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { StackIndex } from '../cfn/stacks.js';
import type { DependencyGraph } from '../graph/graph.js';
import type { Component } from '../model/types.js';
import type { Rule, RuleOptions, RuleReport } from './rule.js';
import { toDiagnostic } from './rule.js';

/** Runs `rules` and returns their diagnostics, unsorted. */
export function runRules(
  components: readonly Component[],
  byId: ReadonlyMap<string, Component>,
  graphs: { deploy: DependencyGraph; delete: DependencyGraph },
  stacks: StackIndex,
  rules: readonly Rule[],
  options: RuleOptions,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    rule.run({
      components,
      byId,
      graphs,
      stacks,
      options,
      report(r: RuleReport) {
        const { line, column } = r.position.start;
        if (!r.file || !Number.isInteger(line) || line < 1 || !Number.isInteger(column) || column < 1) {
          throw new Error(`rule ${rule.id} reported an invalid location ${r.file}:${line}:${column}`);
        }
        if (r.scope.components.length === 0) throw new Error(`rule ${rule.id} reported a finding that names no component (${r.file}:${line}:${column})`);
        out.push(toDiagnostic(rule, r));
      },
    });
  }
  return out;
}
