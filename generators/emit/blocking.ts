/**
 * Which generated files a set of problems stops. Every doc finding names the
 * component docs and workflows it belongs to and what it holds back (its
 * rule's declaration in diagnostics/rule-ids.ts). A workflow is held back by
 * the errors that name it, and by errors on the stacks its runtime guard
 * checks (their names are copied into it); the orchestrators by the errors
 * that need the whole graph. Everything else (an asymmetry, the other
 * workflow's steps) fails `check` but does not stop generation.
 */
import type { Analysis } from '../analyze.js';
import { componentConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Component, Phase } from '../model/types.js';
import { guardDependencies } from './workflow/component.js';

/** The errors that stop `c`'s workflow for `phase`; empty means generate it. */
export function workflowBlockers(c: Component, phase: Phase, analysis: Analysis, config: Config): Diagnostic[] {
  if (!c.workflows[phase]) return [];
  const guarded = componentConfig(config, c.frontMatter?.value).guards[phase]
    ? new Set(guardDependencies(c.id, analysis.graphs[phase], analysis.byId).map((d) => analysis.byId.get(d.id)?.file))
    : new Set<string | undefined>();
  return analysis.diagnostics.filter((d) => {
    const scope = d.scope;
    if (d.severity !== 'error' || !scope || scope.holds === 'nothing') return false;
    if (scope.docs.includes(c.file) && scope.phases.includes(phase)) return true;
    return scope.stack && scope.docs.some((file) => guarded.has(file));
  });
}

/** Errors that stop an orchestrator (and the DAG diagram): the ones that need the whole dependency graph. */
export function orchestratorBlockers(analysis: Analysis): Diagnostic[] {
  return analysis.diagnostics.filter((d) => d.severity === 'error' && d.scope?.holds === 'orchestrators');
}
