/**
 * One component's deploy or delete workflow: the doc's steps in doc order,
 * with the runtime guard after the AWS credentials step and the failure
 * summary last. Pure: (component, phase, inputs) → file.
 */
import type { Config } from '../../config/types.js';
import { cmp } from '../../diagnostics/diagnostic.js';
import type { DependencyGraph } from '../../graph/graph.js';
import { type Component, type Phase, stackOf } from '../../model/types.js';
import { expression, inert } from '../expressions.js';
import { type GeneratedFile, headerLines, type LineOrigin } from '../files.js';
import { renderYaml, TemplateError, type TemplateSet } from '../templates.js';
import { emitWorkflowYaml, workflowStepLines } from '../yaml.js';
import type { EmittedStep } from './step-view.js';

/** What every workflow generator needs besides the component. */
export interface WorkflowInputs {
  config: Config;
  templates: TemplateSet;
  graphs: { deploy: DependencyGraph; delete: DependencyGraph };
  byId: ReadonlyMap<string, Component>;
  /** Workflows folder, relative to root. */
  workflowsDir: string;
}

/** File name of a component workflow. */
export function workflowFileName(phase: Phase, id: string): string {
  return `${phase}-${id}.yml`;
}

/** A component workflow, the secrets its callers must pass and whether it needs an OIDC token. */
export interface ComponentWorkflow {
  file: GeneratedFile;
  /** The doc step after which the runtime guard runs (0: first); diagrams draw it there too. */
  guardAfter: number;
  secrets: string[];
  idToken: boolean;
}

/** Builds `deploy-<id>.yml` or `delete-<id>.yml`. Throws TemplateError for a broken template. */
export function componentWorkflow(component: Component, phase: Phase, inputs: WorkflowInputs): ComponentWorkflow {
  const workflow = component.workflows[phase]!;
  const config = component.options.config;
  const stack = stackOf(component);
  const uses = (repo: string) => pinnedUses(config, repo);

  const emitted: { step: EmittedStep; docStep: number; origin: Omit<LineOrigin, 'startLine' | 'endLine'> | null }[] = [];
  for (const step of workflow.steps) {
    // Unrecognised steps hold their workflow back (unrecognized-step), so this is a docflow bug.
    if (!step.recognised) throw new Error(`no step kind for step ${step.index} (${component.file}:${step.position.start.line})`);
    for (const s of step.recognised.emit({ step, component, phase, config, stack, uses })) emitted.push({ step: s, docStep: step.index, origin: { file: component.file, position: step.position, label: `step ${step.index}` } });
  }

  // The guard needs AWS access: it goes right after the first step that gets credentials.
  const firstAws = emitted.find((e) => e.step.idToken);
  const guardAfter = firstAws ? firstAws.docStep : 0;
  const guardDeps = guardDependencies(component.id, inputs.graphs[phase], inputs.byId);
  if (config.guards[phase] && guardDeps.length > 0) {
    const at = guardAfter === 0 ? -1 : emitted.findLastIndex((e) => e.docStep === guardAfter);
    const guard: EmittedStep = {
      template: `steps/${phase}-guard`,
      view: {
        name: phase === 'deploy' ? 'Check that deploy dependencies are deployed' : 'Check that delete dependencies are gone',
        dependencies: guardDeps.map((d) => `${d.id} ${d.stack}`).join('\n') + '\n',
        component: component.id,
        doc: component.file,
      },
      secrets: [],
    };
    const deps = component.sections.find((s) => s.title.toLowerCase().startsWith('dependencies'));
    // No credentials step means no AWS access: the guard goes first and fails loudly there.
    emitted.splice(at + 1, 0, { step: guard, docStep: guardAfter, origin: { file: component.file, position: deps?.position ?? component.position, label: 'Dependencies' } });
  }
  emitted.push({
    docStep: 0,
    step: {
      template: 'steps/failure-summary',
      view: { name: 'Write failure scenarios to the run summary', summary: failureSummary(component, phase) },
      secrets: [],
    },
    origin: null,
  });

  const steps = emitted.map((e) => {
    const rendered = renderYaml(inputs.templates, e.step.template, e.step.view);
    if (!rendered || typeof rendered !== 'object' || Array.isArray(rendered)) {
      const t = inputs.templates.get(e.step.template);
      throw new TemplateError(t?.file ?? e.step.template, 1, 1, `Template \`${e.step.template}\` must render one step (a YAML mapping)`);
    }
    const mapping = rendered as Record<string, unknown>;
    // A step template may leave the name to the doc's wording.
    return 'name' in mapping ? mapping : { name: e.step.view.name, ...mapping };
  });
  const secrets = [...new Set(emitted.flatMap((e) => e.step.secrets))].sort(cmp);
  const needsIdToken = emitted.some((e) => e.step.idToken);
  const name = `${phase}-${component.id}`;
  const skeleton = renderYaml(inputs.templates, 'workflow/component', {
    name,
    runName: `${name} (${expression('inputs.environment')})`,
    environments: config.environments,
    defaultEnvironment: config.environments[0]!,
    secrets,
    concurrencyGroup: `${stack ?? component.id}-${expression('inputs.environment')}`,
    jobId: phase,
    jobName: `${phase === 'deploy' ? 'Deploy' : 'Delete'} ${component.id}`,
    runner: config.runner,
    environmentExpression: expression('inputs.environment'),
    timeoutMinutes: config.timeoutMinutes,
    needsIdToken,
    jobEnv: { ENVIRONMENT: expression('inputs.environment'), ...(stack ? { STACK_NAME: stack } : {}) },
  }) as Record<string, unknown>;
  const job = (skeleton.jobs as Record<string, Record<string, unknown>> | undefined)?.[phase];
  if (!job) throw new TemplateError(inputs.templates.get('workflow/component')?.file ?? 'workflow/component', 1, 1, `Template \`workflow/component\` must define \`jobs.${phase}\``);
  job.steps = steps;

  const content = emitWorkflowYaml(skeleton, { header: headerLines(component.file), trailingComments: pinComments(config) });
  const ranges = workflowStepLines(content, phase);
  const origins: LineOrigin[] = [];
  emitted.forEach((e, i) => {
    const r = ranges[i];
    if (e.origin && r) origins.push({ ...e.origin, startLine: r.start, endLine: r.end });
  });
  return { file: { path: `${inputs.workflowsDir}/${workflowFileName(phase, component.id)}`, content, source: component.file, origins }, guardAfter, secrets, idToken: needsIdToken };
}

/** `owner/repo@ref` from the pins (a SHA pin gets its version as a comment, see pinComments). */
export function pinnedUses(config: Config, repo: string): string {
  const pin = config.pins.actions[repo];
  return `${repo}@${pin?.ref ?? 'main'}`;
}

/** `owner/repo@<sha>` → `<version>` for SHA pins that name a version. */
export function pinComments(config: Config): Map<string, string> {
  const out = new Map<string, string>();
  for (const [repo, pin] of Object.entries(config.pins.actions)) {
    if (/^[0-9a-f]{40}$/.test(pin.ref) && pin.version) out.set(`${repo}@${pin.ref}`, pin.version);
  }
  return out;
}

/**
 * Stacks the guard checks: the phase graph's direct prerequisites; one
 * without a stack (a web deploy, a test run) passes through to its own.
 */
export function guardDependencies(id: string, graph: DependencyGraph, byId: ReadonlyMap<string, Component>): { id: string; stack: string }[] {
  const out = new Map<string, string>();
  const seen = new Set<string>([id]);
  const visit = (node: string) => {
    for (const dep of graph.before.get(node) ?? []) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      const c = byId.get(dep);
      const stack = c ? stackOf(c) : null;
      if (stack) out.set(dep, stack);
      else visit(dep);
    }
  };
  visit(id);
  return [...out].map(([depId, stack]) => ({ id: depId, stack })).sort((a, b) => cmp(a.id, b.id));
}

function failureSummary(component: Component, phase: Phase): string {
  const title = `### ${phase === 'deploy' ? 'Deploy' : 'Delete'} ${component.id} failed`;
  const intro = `Failure scenarios documented in \`${component.file}\`:`;
  if (component.failureScenarios.length === 0) return `${title}\n\nNo failure scenarios are documented in \`${component.file}\`.\n`;
  const cell = (s: string) => inert(s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim());
  const headers = component.failureHeaders;
  const rows = component.failureScenarios.map((f) => `| ${headers.map((h) => cell(f.cells[h] ?? '')).join(' | ')} |`);
  return [title, '', intro, '', `| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows, ''].join('\n');
}
