/**
 * Which generated files a set of problems stops. A workflow is held back only
 * by problems that would change its content: its own steps, its stack, its
 * options, the Failure Scenarios table it copies, the stacks its runtime
 * guard checks, or a cycle / unknown reference in the part of the graph it
 * needs.
 * Everything else (an asymmetry, the other workflow's steps) fails `check`
 * but does not stop generation.
 */
import type { Analysis } from '../analyze.js';
import { componentConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findCycles } from '../graph/graph.js';
import type { Component, Phase } from '../model/types.js';
import { sectionKey } from '../parse/outline.js';
import { guardDependencies } from './workflow/component.js';

/** Rules that never change a workflow's content, wherever they are reported. */
const NEVER_BLOCKS = new Set(['diagram-link', 'required-by-asymmetry', 'delete-order', 'unknown-stack', 'not-a-component']);

/** Rules whose errors anywhere in a doc hold back all of its files. */
const DOC_WIDE = new Set(['duplicate-component', 'title-mismatch', 'missing-title', 'invalid-front-matter', 'invalid-stack-name', 'invalid-condition']);

/** The errors that stop `c`'s workflow for `phase`; empty means generate it. */
export function workflowBlockers(c: Component, phase: Phase, analysis: Analysis, config: Config): Diagnostic[] {
  const wf = c.workflows[phase];
  if (!wf) return [];
  const inWorkflow = sectionLines(c, wf.position.start.line);
  // Every workflow of the doc copies the Failure Scenarios table into its last step.
  const failures = c.sections.find((s) => sectionKey(s.title) === 'failure scenarios');
  const inFailures = failures ? sectionLines(c, failures.position.start.line) : () => false;
  const stackLine = c.stack?.position.start.line;
  const titleLine = c.position.start.line;
  const own = analysis.diagnostics.filter(
    (d) =>
      d.severity === 'error' &&
      d.file === c.file &&
      !NEVER_BLOCKS.has(d.ruleId) &&
      (inWorkflow(d.start.line) || inFailures(d.start.line) || DOC_WIDE.has(d.ruleId) || d.start.line === titleLine || (stackLine !== undefined && d.start.line === stackLine)),
  );
  // Unresolved entries of this doc that would add edges to this workflow's guard.
  const feeding = phase === 'deploy' ? c.dependencies.deploy : [...c.dependencies.delete, ...c.requiredBy.deploy];
  const unresolved = new Set(feeding.filter((r) => r.ids.length === 0).map((r) => `${r.position.start.line}:${r.position.start.column}`));
  const graphErrors = analysis.diagnostics.filter(
    (d) =>
      d.severity === 'error' &&
      d.file === c.file &&
      (unresolved.has(`${d.start.line}:${d.start.column}`) || c.unreadEntries.some((p) => p.start.line === d.start.line)),
  );
  const cycle = analysis.diagnostics.filter((d) => d.ruleId === 'dependency-cycle' && onCycle(c.id, phase, analysis));
  return [...own, ...graphErrors, ...cycle, ...guardedStackErrors(c, phase, analysis, config)];
}

/** Errors on the stacks the runtime guard checks: their names are copied into this workflow. */
function guardedStackErrors(c: Component, phase: Phase, analysis: Analysis, config: Config): Diagnostic[] {
  if (!componentConfig(config, c.frontMatter?.value).guards[phase]) return [];
  const byId = analysis.byId;
  const stacks = guardDependencies(c.id, analysis.graphs[phase], byId).map((d) => byId.get(d.id)!);
  return analysis.diagnostics.filter(
    (d) => d.severity === 'error' && stacks.some((x) => x.file === d.file && x.stack !== null && x.stack.position.start.line === d.start.line),
  );
}

/** Whether a line falls in the H2 section starting at `start` (up to the next H2). */
function sectionLines(c: Component, start: number): (line: number) => boolean {
  const end = Math.min(...c.sections.map((s) => s.position.start.line).filter((l) => l > start), Infinity);
  return (line) => line >= start && line < end;
}

function onCycle(id: string, phase: Phase, analysis: Analysis): boolean {
  return findCycles(analysis.graphs[phase]).some((cycle) => cycle.includes(id)) || (phase === 'delete' && findCycles(analysis.graphs.deploy).some((cycle) => cycle.includes(id)));
}

/** Errors that stop an orchestrator: any unresolved or unreadable entry, duplicate or cycle in the graph. */
export function orchestratorBlockers(analysis: Analysis): Diagnostic[] {
  const unread = new Set(analysis.components.flatMap((c) => c.unreadEntries.map((p) => `${c.file}:${p.start.line}`)));
  return analysis.diagnostics.filter(
    (d) =>
      d.severity === 'error' &&
      (unread.has(`${d.file}:${d.start.line}`) || ['unknown-reference', 'glob-no-match', 'dependency-cycle', 'duplicate-component'].includes(d.ruleId)),
  );
}
