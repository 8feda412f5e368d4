/**
 * One component's deploy or delete workflow: the doc's steps in doc order,
 * with the runtime guard after the AWS credentials step and the failure
 * summary last. Pure: (component, phase, inputs) → file.
 */
import type { Config, RepoCheckout, WorkflowInput } from '../../config/types.js';
import { cmp } from '../../diagnostics/diagnostic.js';
import type { DependencyGraph } from '../../graph/graph.js';
import { type Component, type Phase, type Step, stackOf } from '../../model/types.js';
import { jobRegion, sameRegion, stackRegion, usableRegion } from '../../model/regions.js';
import { expression, firstSet, inert } from '../expressions.js';
import { type GeneratedFile, headerLines, type LineOrigin } from '../files.js';
import { renderYaml, TemplateError, type TemplateSet } from '../templates.js';
import { emitWorkflowYaml, workflowStepLines } from '../yaml.js';
import { environmentPath, workflowFileName, workflowName } from '../naming.js';
import { type EmittedStep, firstSetValue, lookupId, parameterValue, sourceSecrets, sourceValue, type StepViewContext } from './step-view.js';

/** What every workflow generator needs besides the component. */
export interface WorkflowInputs {
  config: Config;
  templates: TemplateSet;
  graphs: { deploy: DependencyGraph; delete: DependencyGraph };
  byId: ReadonlyMap<string, Component>;
  /** The component deploying each stack ({@link stackOwners} of `byId`). */
  byStack: ReadonlyMap<string, Component>;
  /** Workflows folder, relative to root. */
  workflowsDir: string;
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
  const ownIds = new Map(workflow.steps.filter((st) => st.options.id).map((st) => [st.index, st.options.id!.value]));
  const stepId = (index: number) => ownIds.get(index) ?? lookupId(index);
  // Another doc's stack is read where that doc says it lives, when that is not where this step runs.
  const regionOf = (step: Step) => (name: string) => {
    const owner = inputs.byStack.get(name);
    if (!owner || owner === component) return null;
    const there = stackRegion(owner).source;
    return sameRegion(jobRegion(component, phase, step.index).source, there) || !usableRegion(there) ? null : there;
  };
  const ctxOf = (step: Step): StepViewContext => ({ step, component, phase, config, stack, uses, stepId, regionOf: regionOf(step) });

  const emitted: { step: EmittedStep; docStep: number; origin: Omit<LineOrigin, 'startLine' | 'endLine'> | null; options?: Step }[] = [];
  const extraCheckouts = config.workflow[phase].checkout;
  let checkedOut = false;
  // A step that reads the repository's files with no checkout before it gets one, first in the job.
  const firstFiles = workflow.steps.findIndex((st) => st.facts.builds || st.options.workingDirectory !== null);
  if (firstFiles >= 0 && !workflow.steps.slice(0, firstFiles).some((st) => st.facts.checksOut)) {
    const first = workflow.steps[firstFiles]!;
    const origin = { file: component.file, position: first.position, label: `the checkout step ${first.index} needs` };
    emitted.push({ step: { template: 'steps/checkout', view: { name: 'Checkout repository', uses: uses('actions/checkout'), persistCredentials: config.checkout.persistCredentials }, secrets: [] }, docStep: 0, origin });
    checkedOut = true;
    for (const [k, c] of extraCheckouts.entries()) emitted.push({ step: checkoutRepoStep(c, ctxOf(first), k), docStep: 0, origin });
  }
  for (const step of workflow.steps) {
    // Unrecognised steps hold their workflow back (unrecognized-step), so this is a docflow bug.
    if (!step.recognised) throw new Error(`no step kind for step ${step.index} (${component.file}:${step.position.start.line})`);
    const ctx = ctxOf(step);
    const origin = { file: component.file, position: step.position, label: `step ${step.index}` };
    const built = step.recognised.emit(ctx);
    // Env values and placeholders of the step: their lookups go first, their values into the main step's env.
    const env: Record<string, string> = {};
    const envSecrets: string[] = [];
    step.options.env.forEach((p, k) => {
      const v = parameterValue(p, ctx, `${lookupId(step.index)}-env-${k + 1}`);
      for (const pre of v.pre) emitted.push({ step: pre, docStep: step.index, origin });
      envSecrets.push(...v.secrets);
      env[p.name] = v.value;
    });
    built.forEach((s, k) => {
      const main = k === built.length - 1;
      const withEnv = main && (envSecrets.length > 0 || Object.keys(env).length > 0) ? { ...s, secrets: [...s.secrets, ...envSecrets], extraEnv: env } : s;
      emitted.push({ step: withEnv, docStep: step.index, origin, ...(main ? { options: step } : {}) });
    });
    if (!checkedOut && step.facts.checksOut) {
      checkedOut = true;
      for (const [k, c] of extraCheckouts.entries()) {
        emitted.push({ step: checkoutRepoStep(c, ctxOf(step), k), docStep: step.index, origin: { ...origin, label: `the checkout of ${c.repository} after step ${step.index}` } });
      }
    }
  }

  // The guard needs AWS access: it goes right after the first step that gets credentials.
  const firstAws = emitted.find((e) => e.step.idToken);
  const guardAfter = firstAws ? firstAws.docStep : 0;
  const guardDeps = guardDependencies(component.id, inputs.graphs[phase], inputs.byId);
  if (config.guards[phase] && guardDeps.length > 0) {
    const at = guardAfter === 0 ? -1 : emitted.findLastIndex((e) => e.docStep === guardAfter);
    // A dependency's stack is read where it lives: its region, when that is not the region the guard runs in.
    const here = jobRegion(component, phase, guardAfter).source;
    const regions = guardDeps.map((d) => {
      const there = stackRegion(inputs.byId.get(d.id)!).source;
      return sameRegion(here, there) || !usableRegion(there) ? null : there;
    });
    const guard: EmittedStep = {
      template: `steps/${phase}-guard`,
      view: {
        name: phase === 'deploy' ? 'Check that deploy dependencies are deployed' : 'Check that delete dependencies are gone',
        dependencies: guardDeps.map((d, k) => `${d.id} ${d.stack}${regions[k] ? ` ${sourceValue(regions[k])}` : ''}`).join('\n') + '\n',
        component: component.id,
        doc: component.file,
      },
      secrets: regions.flatMap((r) => (r ? sourceSecrets(r) : [])),
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
    if (e.step.condition) mapping.if = `\${{ ${e.step.condition} }}`;
    if (e.step.extraEnv) mapping.env = { ...((mapping.env as Record<string, unknown> | undefined) ?? {}), ...e.step.extraEnv };
    if (e.options) applyStepOptions(mapping, e.options);
    // A step template may leave the name to the doc's wording.
    return 'name' in mapping ? mapping : { name: e.step.view.name, ...mapping };
  });
  const jobId = config.naming.jobIds[phase];
  const options = config.workflow[phase];
  const tests = phase === 'deploy' ? options.tests : null;
  const secrets = [...new Set([...emitted.flatMap((e) => e.step.secrets), ...options.checkout.flatMap(checkoutSecrets)])].sort(cmp);
  const needsIdToken = emitted.some((e) => e.step.idToken) || options.calls !== null || tests !== null;
  const name = workflowName(phase, component.id, config);
  const envInput = config.naming.environmentInput;
  // Other triggers (a push, a repository_dispatch) bring no inputs: the job then runs in the default environment.
  const defaultEnvironment = options.defaultEnvironment ?? config.environments[0]!;
  const envValue = Object.keys(options.on).length > 0 ? firstSet([environmentPath(config)], defaultEnvironment) : expression(environmentPath(config));
  const extraInputs = Object.entries(options.inputs).sort(([a], [b]) => cmp(a, b));
  const dispatchInputs: Record<string, unknown> = {
    [envInput]: { description: 'Target environment', type: 'choice', required: true, default: defaultEnvironment, options: config.environments },
    ...Object.fromEntries(extraInputs.map(([k, i]) => [k, dispatchInput(i)])),
    ...(tests ? { [TESTS_INPUT]: { description: 'Run the post-deploy tests', type: 'boolean', required: false, default: true } } : {}),
  };
  const callInputs: Record<string, unknown> = {
    [envInput]: { description: 'Target environment', type: 'string', required: true },
    ...Object.fromEntries(extraInputs.map(([k, i]) => [k, callInput(i)])),
    ...(tests ? { [TESTS_INPUT]: { description: 'Run the post-deploy tests', type: 'boolean', required: false, default: false } } : {}),
  };
  const skeleton = renderYaml(inputs.templates, 'workflow/component', {
    name,
    runName: `${name} (${envValue})`,
    dispatchInputs,
    callInputs,
    secrets,
    concurrencyGroup: `${stack ?? component.id}-${envValue}`,
    workflowEnv: Object.keys(config.env).length + Object.keys(options.env).length > 0 ? sortedRecord({ ...config.env, ...options.env }) : null,
    jobId,
    jobName: `${phase === 'deploy' ? 'Deploy' : 'Delete'} ${component.id}`,
    jobCondition: options.if ? `\${{ ${options.if} }}` : null,
    runner: config.runner,
    environmentExpression: envValue,
    timeoutMinutes: config.timeoutMinutes,
    needsIdToken,
    jobEnv: { ENVIRONMENT: envValue, ...(stack ? { STACK_NAME: stack } : {}) },
  }) as Record<string, unknown>;
  const jobs = skeleton.jobs as Record<string, Record<string, unknown>> | undefined;
  const job = jobs?.[jobId];
  if (!job) throw new TemplateError(inputs.templates.get('workflow/component')?.file ?? 'workflow/component', 1, 1, `Template \`workflow/component\` must define \`jobs.${jobId}\``);
  const on = skeleton.on as Record<string, unknown>;
  for (const [trigger, value] of Object.entries(options.on).sort(([a], [b]) => cmp(a, b))) on[trigger] = value;
  job.steps = steps;
  if (options.calls) {
    // The whole workflow is one call of a reusable workflow: its job replaces the steps job.
    delete jobs[jobId];
    jobs[options.calls.job] = { ...(options.if ? { if: `\${{ ${options.if} }}` } : {}), ...reusableCall(options.calls.workflow, options.calls.with, inputs.workflowsDir, envInput, envValue) };
  }
  if (tests) {
    jobs[TESTS_JOB] = { name: `Test ${component.id}`, needs: [jobId], if: `\${{ ${TESTS_CONDITION} }}`, ...reusableCall(tests.workflow, tests.with, inputs.workflowsDir, envInput, envValue) };
  }

  const content = emitWorkflowYaml(skeleton, { header: headerLines(component.file), trailingComments: pinComments(config) });
  const ranges = workflowStepLines(content, jobId);
  const origins: LineOrigin[] = [];
  emitted.forEach((e, i) => {
    const r = ranges[i];
    if (e.origin && r) origins.push({ ...e.origin, startLine: r.start, endLine: r.end });
  });
  return { file: { path: `${inputs.workflowsDir}/${workflowFileName(phase, component.id, config)}`, content, source: component.file, origins }, guardAfter, secrets, idToken: needsIdToken };
}

/** Per-step options from the doc: id, if, continue-on-error, working-directory. */
function applyStepOptions(mapping: Record<string, unknown>, step: Step): void {
  const o = step.options;
  if (o.id) mapping.id = o.id.value;
  if (o.if) mapping.if = `\${{ ${o.if.value} }}`;
  if (o.continueOnError) mapping['continue-on-error'] = true;
  if (o.workingDirectory) mapping['working-directory'] = o.workingDirectory.value;
}

/**
 * A job that calls a reusable workflow of the workflows folder with the environment and `with`, passing
 * every secret. A called job cannot have more permissions than its caller grants, and the callee (a test
 * suite) usually assumes an AWS role: the call grants an OIDC token.
 */
function reusableCall(workflow: string, values: Record<string, string>, workflowsDir: string, envInput: string, envValue: string): Record<string, unknown> {
  return { uses: `./${workflowsDir}/${workflow}`, permissions: { contents: 'read', 'id-token': 'write' }, with: { [envInput]: envValue, ...sortedRecord(values) }, secrets: 'inherit' };
}

/** A checkout of another repository (front matter `checkout:`), after the doc's own checkout. */
function checkoutRepoStep(c: RepoCheckout, ctx: StepViewContext, k: number): EmittedStep {
  return {
    template: 'steps/checkout-repo',
    view: {
      name: `Checkout ${c.repository} into ${c.path}`,
      uses: ctx.uses('actions/checkout'),
      repository: c.repository,
      ref: c.ref.length > 0 ? firstSetValue(c.ref) : '',
      path: c.path,
      token: c.token ? sourceValue(c.token) : '',
      persistCredentials: ctx.config.checkout.persistCredentials,
      index: k + 1,
    },
    secrets: checkoutSecrets(c),
  };
}

function checkoutSecrets(c: RepoCheckout): string[] {
  return [...c.ref, ...(c.token ? [c.token] : [])].flatMap(sourceSecrets);
}

/** The boolean input that turns the post-deploy tests on, its job and its condition. */
const TESTS_INPUT = 'run_tests';
const TESTS_JOB = 'test';
const TESTS_CONDITION = `inputs.${TESTS_INPUT}`;

function dispatchInput(i: WorkflowInput): Record<string, unknown> {
  return { description: i.description, type: i.type, required: i.required, ...(i.default !== null ? { default: i.default } : {}), ...(i.options ? { options: i.options } : {}) };
}

/** workflow_call has no `choice`: a choice input is a string there. */
function callInput(i: WorkflowInput): Record<string, unknown> {
  return { description: i.description, type: i.type === 'choice' ? 'string' : i.type, required: i.required, ...(i.default !== null ? { default: i.default } : {}) };
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => cmp(a, b)));
}

/** Each stack's component: the last in `byId`'s order that deploys it. */
export function stackOwners(byId: ReadonlyMap<string, Component>): Map<string, Component> {
  const out = new Map<string, Component>();
  for (const c of byId.values()) {
    const stack = stackOf(c);
    if (stack) out.set(stack, c);
  }
  return out;
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
