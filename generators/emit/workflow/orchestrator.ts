/**
 * deploy-all / delete-all: one reusable-workflow job per component that has
 * a workflow for the phase, ordered by `needs:` so GitHub runs independent
 * components in parallel waves. Components without a workflow still order
 * the graph: their edges pass through to their neighbours.
 */
import { cmp } from '../../diagnostics/diagnostic.js';
import type { DependencyGraph } from '../../graph/graph.js';
import type { Config } from '../../config/types.js';
import type { Phase } from '../../model/types.js';
import { expression } from '../expressions.js';
import { type GeneratedFile, headerLines } from '../files.js';
import { renderYaml, TemplateError, type TemplateSet } from '../templates.js';
import { emitWorkflowYaml } from '../yaml.js';
import { workflowFileName } from './component.js';

/** A component workflow an orchestrator can call. */
export interface Callable {
  id: string;
  secrets: string[];
}

/**
 * The graph restricted to `ids`: `needs[id]` are the nearest predecessors
 * that are in `ids`, looking through the ones that are not.
 */
export function reducedNeeds(graph: DependencyGraph, ids: ReadonlySet<string>): Map<string, string[]> {
  const memo = new Map<string, Set<string>>();
  const through = (node: string, seen: Set<string>): Set<string> => {
    const hit = memo.get(node);
    if (hit) return hit;
    const out = new Set<string>();
    for (const dep of graph.before.get(node) ?? []) {
      if (seen.has(dep)) continue;
      if (ids.has(dep)) out.add(dep);
      else for (const d of through(dep, new Set([...seen, dep]))) out.add(d);
    }
    memo.set(node, out);
    return out;
  };
  const needs = new Map<string, string[]>();
  for (const id of [...ids].sort(cmp)) needs.set(id, [...through(id, new Set([id]))].sort(cmp));
  return needs;
}

/** Waves of a needs map: each id after all its needs. */
export function needsWaves(needs: ReadonlyMap<string, readonly string[]>): string[][] {
  const done = new Set<string>();
  const out: string[][] = [];
  let rest = [...needs.keys()].sort(cmp);
  while (rest.length > 0) {
    const wave = rest.filter((id) => needs.get(id)!.every((d) => done.has(d)));
    if (wave.length === 0) break;
    wave.forEach((id) => done.add(id));
    out.push(wave);
    rest = rest.filter((id) => !done.has(id));
  }
  return out;
}

/** Inputs for {@link orchestratorWorkflow}. */
export interface OrchestratorInputs {
  config: Config;
  templates: TemplateSet;
  workflowsDir: string;
  /** Docs folder, named in the header. */
  docsDir: string;
}

/** Renders one orchestrator file calling `callables` with the given needs. */
export function orchestratorWorkflow(
  name: string,
  phase: Phase,
  callables: readonly Callable[],
  needs: ReadonlyMap<string, readonly string[]>,
  inputs: OrchestratorInputs,
): GeneratedFile {
  const { config, templates } = inputs;
  const skeleton = renderYaml(templates, 'workflow/orchestrator', {
    name,
    runName: `${name} (${expression('inputs.environment')})`,
    environments: config.environments,
    defaultEnvironment: config.environments[0]!,
    concurrencyGroup: `${name}-${expression('inputs.environment')}`,
  }) as Record<string, unknown>;
  const jobs: Record<string, unknown> = {};
  for (const c of [...callables].sort((a, b) => cmp(a.id, b.id))) {
    const job = renderYaml(templates, 'workflow/orchestrator-job', {
      name: `${phase === 'deploy' ? 'Deploy' : 'Delete'} ${c.id}`,
      needs: needs.get(c.id) ?? [],
      uses: `./${inputs.workflowsDir}/${workflowFileName(phase, c.id)}`,
      environmentExpression: expression('inputs.environment'),
      secrets: Object.fromEntries(c.secrets.map((s) => [s, expression(`secrets.${s}`)])),
    }) as Record<string, unknown>;
    if (Array.isArray(job.needs) && job.needs.length === 0) delete job.needs;
    if (job.secrets && typeof job.secrets === 'object' && Object.keys(job.secrets).length === 0) delete job.secrets;
    jobs[c.id] = job;
  }
  const plan = needsWaves(needs).map((components, i) => ({ wave: i + 1, components }));
  jobs['docflow-summary'] = renderYaml(templates, 'workflow/orchestrator-summary', {
    needs: [...callables.map((c) => c.id)].sort(cmp),
    runner: config.runner,
    resultsExpression: expression('toJSON(needs)'),
    plan: JSON.stringify(plan),
    title: `${name}: components by wave`,
  });
  if (!skeleton || typeof skeleton !== 'object') throw new TemplateError('workflow/orchestrator', 1, 1, 'Template `workflow/orchestrator` must render a mapping');
  skeleton.jobs = jobs;
  return {
    path: `${inputs.workflowsDir}/${name}.yml`,
    content: emitWorkflowYaml(skeleton, { header: headerLines(`every doc in ${inputs.docsDir}`) }),
    source: null,
    origins: [],
  };
}
