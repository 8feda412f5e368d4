/**
 * Runs a workflow in the sandbox: jobs in `needs` order with their `if`,
 * reusable workflows expanded, each step's `if` evaluated, `uses:` steps
 * recorded and `run:` steps executed by bash with recording stubs on PATH.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { FakeTools, stubScript, type RecordedCall } from './fake-tools.js';
import { canonicalCondition, evaluateCondition, interpolate, interpolateValue, type StatusView, type Value } from './expressions.js';
import { DEFAULT_TOOLS, type FakeAction, type JobTrace, type Outcome, type SandboxRun, type StepTrace, type ToolCall, type Trace, type Trigger } from './types.js';

/** A workflow the sandbox cannot run as written; the message says why. */
export class SandboxError extends Error {}

type Yaml = Record<string, unknown>;
type Contexts = Record<string, Value>;

// Set by the shell or the runner itself, never by the workflow.
const SHELL_NOISE = new Set(['PWD', 'OLDPWD', 'SHLVL', '_']);
const CREDENTIALS = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
const COPY_SKIP = new Set(['node_modules', '.git', 'out']);

/** The state of one whole run: folders, the fake tools and path scrubbing. */
class World {
  readonly root = mkdtempSync(path.join(tmpdir(), 'docflow-sandbox-'));
  readonly stubs = path.join(this.root, 'bin');
  readonly home = path.join(this.root, 'home');
  readonly tools: FakeTools;
  private callOffset = 0;
  private jobCount = 0;
  private readonly tempNames = new Map<string, string>();

  constructor(readonly run: SandboxRun) {
    for (const dir of [this.stubs, this.home]) mkdirSync(dir, { recursive: true });
    this.tools = new FakeTools(run.rules ?? [], run.aws ?? {});
  }

  /** Starts the fake tools' server and puts a stub for each tool on PATH. */
  async start(): Promise<void> {
    const port = await this.tools.start();
    for (const tool of this.run.tools ?? DEFAULT_TOOLS) {
      const file = path.join(this.stubs, tool);
      writeFileSync(file, stubScript(tool, port));
      chmodSync(file, 0o755);
    }
  }

  /** A fresh runner for one job: GitHub gives each job its own machine. */
  newJobFolders(): { workspace: string; temp: string } {
    this.jobCount += 1;
    const base = path.join(this.root, 'jobs', String(this.jobCount));
    const workspace = path.join(base, 'work');
    const temp = path.join(base, 'temp');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(temp, { recursive: true });
    return { workspace, temp };
  }

  /** The calls recorded since the last time this was asked. */
  takeCalls(): RecordedCall[] {
    const fresh = this.tools.calls.slice(this.callOffset);
    this.callOffset = this.tools.calls.length;
    return fresh;
  }

  /** Replaces this machine's temporary paths with stable names. */
  scrub(text: string, folders: { workspace: string; temp: string }): string {
    let out = text.replaceAll(folders.workspace, '$GITHUB_WORKSPACE').replaceAll(folders.temp, '$RUNNER_TEMP').replaceAll(this.home, '$HOME');
    out = out.replace(/\$RUNNER_TEMP\/tmp\.[A-Za-z0-9]{6,}/g, (name) => {
      if (!this.tempNames.has(name)) this.tempNames.set(name, `$RUNNER_TEMP/tmp.${this.tempNames.size + 1}`);
      return this.tempNames.get(name)!;
    });
    return out;
  }

  async dispose(): Promise<void> {
    await this.tools.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}

function asRecord(value: unknown, what: string): Yaml {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new SandboxError(`${what} must be a mapping`);
  return value as Yaml;
}

function readWorkflow(repo: string, file: string): Yaml {
  const full = path.join(repo, file);
  if (!existsSync(full)) throw new SandboxError(`workflow ${file} does not exist under ${repo}`);
  let data: unknown;
  try {
    data = parse(readFileSync(full, 'utf8'));
  } catch (error) {
    throw new SandboxError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  return asRecord(data, file);
}

/** The `on:` section as a map from event name to its settings. */
function triggers(workflow: Yaml): Yaml {
  const on = workflow.on ?? workflow.true;
  if (typeof on === 'string') return { [on]: {} };
  if (Array.isArray(on)) return Object.fromEntries(on.map((event) => [event, {}]));
  return Object.fromEntries(Object.entries(asRecord(on, 'on')).map(([key, value]) => [key, value ?? {}]));
}

/** Declared inputs with defaults, the given values checked and typed as GitHub types them. */
function resolveInputs(declared: Yaml, given: Record<string, Value>, file: string, event: string): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const name of Object.keys(given)) {
    if (!(name in declared)) throw new SandboxError(`${file}: ${event} has no input \`${name}\` (declared: ${Object.keys(declared).join(', ') || 'none'})`);
  }
  for (const [name, specValue] of Object.entries(declared)) {
    const spec = asRecord(specValue, `input ${name}`);
    let value: Value | undefined = given[name] ?? (spec.default as Value | undefined);
    if (value === undefined) {
      if (spec.required === true) throw new SandboxError(`${file}: required input \`${name}\` of ${event} not given`);
      value = spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '';
    }
    if (spec.type === 'boolean' && typeof value === 'string') value = value === 'true';
    if (spec.type === 'number' && typeof value === 'string') value = Number(value);
    if (spec.type === 'choice' && Array.isArray(spec.options) && !spec.options.map(String).includes(String(value))) {
      throw new SandboxError(`${file}: input \`${name}\` is \`${String(value)}\`, not one of ${spec.options.join(', ')}`);
    }
    out[name] = value;
  }
  return out;
}

function githubContext(trigger: Trigger, overrides: Record<string, Value> | undefined): Record<string, Value> {
  const ref = trigger.ref ?? 'refs/heads/main';
  const tag = ref.startsWith('refs/tags/');
  const event: Record<string, Value> = {};
  if (trigger.event === 'workflow_dispatch') event.inputs = Object.fromEntries(Object.entries(trigger.inputs ?? {}).map(([key, value]) => [key, String(value)]));
  if (trigger.event === 'repository_dispatch') Object.assign(event, { action: trigger.type, client_payload: trigger.payload ?? {} });
  if (trigger.event === 'push') Object.assign(event, { ref });
  return {
    event_name: trigger.event,
    event,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: tag ? 'tag' : 'branch',
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository: 'acme/inkwell',
    repository_owner: 'acme',
    actor: 'sandbox',
    run_id: '1000',
    run_number: '1',
    run_attempt: '1',
    server_url: 'https://github.com',
    workspace: '/home/runner/work/inkwell/inkwell',
    token: 'sandbox-github-token',
    ...overrides,
  };
}

function checkTriggered(workflow: Yaml, trigger: Trigger, file: string): Yaml {
  const on = triggers(workflow);
  if (!(trigger.event in on)) throw new SandboxError(`${file} has no \`${trigger.event}\` trigger (it has: ${Object.keys(on).join(', ')})`);
  const settings = asRecord(on[trigger.event], trigger.event);
  if (trigger.event === 'repository_dispatch' && Array.isArray(settings.types) && !settings.types.includes(trigger.type)) {
    throw new SandboxError(`${file}: repository_dispatch type \`${trigger.type}\` is not in its types (${settings.types.join(', ')})`);
  }
  if (trigger.event === 'push') {
    const tag = trigger.ref.startsWith('refs/tags/');
    const name = trigger.ref.replace(/^refs\/(heads|tags)\//, '');
    const wanted = (tag ? settings.tags : settings.branches) as string[] | undefined;
    const ignored = (tag ? settings['tags-ignore'] : settings['branches-ignore']) as string[] | undefined;
    const other = tag ? settings.branches : settings.tags;
    const runs = wanted ? picomatch(wanted)(name) : ignored ? !picomatch(ignored)(name) : other === undefined;
    if (!runs) throw new SandboxError(`${file}: a push of ${trigger.ref} does not trigger it`);
  }
  return settings;
}

/** Runs one workflow in the sandbox and returns what it did. */
export async function runWorkflow(run: SandboxRun): Promise<Trace> {
  const world = new World(run);
  try {
    await world.start();
    const workflow = readWorkflow(run.repo, run.workflow);
    const settings = checkTriggered(workflow, run.trigger, run.workflow);
    const given = 'inputs' in run.trigger ? run.trigger.inputs ?? {} : {};
    const inputs = run.trigger.event === 'workflow_dispatch' || run.trigger.event === 'workflow_call'
      ? resolveInputs(asRecord(settings.inputs, 'inputs'), given, run.workflow, run.trigger.event)
      : {};
    const base: Contexts = {
      github: githubContext(run.trigger, run.contexts?.github),
      vars: run.contexts?.vars ?? {},
      secrets: { GITHUB_TOKEN: 'sandbox-github-token', ...run.contexts?.secrets },
      inputs,
    };
    const jobs: JobTrace[] = [];
    await runJobs(world, run.workflow, workflow, base, '', jobs);
    return { workflow: run.workflow, trigger: run.trigger, jobs };
  } finally {
    await world.dispose();
  }
}

interface JobResult {
  result: Outcome;
  outputs: Record<string, string>;
}

/** Runs the jobs of one workflow, in `needs` order; returns each job's result and outputs. */
async function runJobs(world: World, file: string, workflow: Yaml, base: Contexts, prefix: string, out: JobTrace[]): Promise<Map<string, JobResult>> {
  const jobs = asRecord(workflow.jobs, `${file}: jobs`);
  const ids = Object.keys(jobs);
  const needsOf = new Map(ids.map((id) => {
    const raw = asRecord(jobs[id], `${file}: job ${id}`).needs;
    const needs = raw === undefined ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
    for (const need of needs) if (!ids.includes(need)) throw new SandboxError(`${file}: job ${id} needs unknown job ${need}`);
    return [id, needs];
  }));
  const workflowEnv = evaluateEnv(asRecord(workflow.env, 'env'), { ...base, env: world.run.contexts?.env ?? {} });
  const done = new Map<string, JobResult>();
  while (done.size < ids.length) {
    const ready = ids.find((id) => !done.has(id) && needsOf.get(id)!.every((need) => done.has(need)));
    if (ready === undefined) throw new SandboxError(`${file}: the jobs' needs form a cycle`);
    done.set(ready, await runJob(world, file, workflow, ready, asRecord(jobs[ready], ready), needsOf, done, base, workflowEnv, prefix, out));
  }
  return done;
}

function ancestors(id: string, needsOf: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const visit = (job: string): void => {
    for (const need of needsOf.get(job) ?? []) if (!seen.has(need)) { seen.add(need); visit(need); }
  };
  visit(id);
  return seen;
}

async function runJob(world: World, file: string, workflow: Yaml, id: string, job: Yaml, needsOf: Map<string, string[]>, done: Map<string, JobResult>, base: Contexts, workflowEnv: Record<string, string>, prefix: string, out: JobTrace[]): Promise<JobResult> {
  if (job.strategy !== undefined) throw new SandboxError(`${file}: job ${id} has a strategy (matrix); the sandbox does not run matrices`);
  const needs = needsOf.get(id)!;
  const before = [...ancestors(id, needsOf)].map((need) => done.get(need)!.result);
  const status: StatusView = { success: before.every((result) => result === 'success'), failure: before.includes('failure') };
  const needsContext: Record<string, Value> = Object.fromEntries(needs.map((need) => [need, { result: done.get(need)!.result, outputs: done.get(need)!.outputs }]));
  const contexts: Contexts = { ...base, needs: needsContext };
  const trace: JobTrace = { id: prefix + id, needs: needs.map((need) => prefix + need), condition: canonicalCondition(job.if as string | undefined), result: 'skipped', steps: [] };
  out.push(trace);
  if (!evaluateCondition(job.if as string | boolean | undefined, contexts, status)) return { result: 'skipped', outputs: {} };
  if (job.environment !== undefined) {
    const environment = typeof job.environment === 'object' ? asRecord(job.environment, 'environment').name : job.environment;
    trace.environment = interpolate(String(environment), contexts);
  }
  if (typeof job.uses === 'string') return await callWorkflow(world, file, id, job, contexts, prefix, trace, out);
  const folders = world.newJobFolders();
  const jobEnv = { ...workflowEnv, ...evaluateEnv(asRecord(job.env, 'env'), { ...contexts, env: { ...world.run.contexts?.env, ...workflowEnv } }) };
  const defaults = asRecord(asRecord(job.defaults, 'defaults').run, 'defaults.run');
  const workflowDefaults = asRecord(asRecord(workflow.defaults, 'defaults').run, 'defaults.run');
  const runDefaults = { ...workflowDefaults, ...defaults };
  const steps = job.steps;
  if (!Array.isArray(steps)) throw new SandboxError(`${file}: job ${id} has neither steps nor uses`);
  const job_ = new JobRun(world, folders, contexts, jobEnv, runDefaults, `${file}: job ${id}`);
  for (const step of steps) trace.steps.push(await job_.step(asRecord(step, 'step')));
  trace.result = job_.failed ? 'failure' : 'success';
  const outputs = Object.fromEntries(Object.entries(asRecord(job.outputs, 'outputs')).map(([key, value]) => [key, interpolate(String(value), job_.contexts())]));
  return { result: trace.result, outputs };
}

async function callWorkflow(world: World, file: string, id: string, job: Yaml, contexts: Contexts, prefix: string, trace: JobTrace, out: JobTrace[]): Promise<JobResult> {
  const uses = job.uses as string;
  if (!uses.startsWith('./')) {
    trace.calls = { workflow: uses, with: {}, secrets: {} };
    trace.result = 'success';
    return { result: 'success', outputs: {} };
  }
  const callee = readWorkflow(world.run.repo, uses.slice(2));
  const on = triggers(callee);
  if (!('workflow_call' in on)) throw new SandboxError(`${file}: job ${id} calls ${uses}, which has no workflow_call trigger`);
  const settings = asRecord(on.workflow_call, 'workflow_call');
  const given = Object.fromEntries(Object.entries(asRecord(job.with, 'with')).map(([key, value]) => [key, interpolateValue(value as Value, contexts)]));
  const inputs = resolveInputs(asRecord(settings.inputs, 'inputs'), given, uses, 'workflow_call');
  const declaredSecrets = asRecord(settings.secrets, 'secrets');
  let secrets: Record<string, Value>;
  if (job.secrets === 'inherit') secrets = contexts.secrets as Record<string, Value>;
  else {
    const passed = asRecord(job.secrets, 'secrets');
    for (const name of Object.keys(passed)) if (!(name in declaredSecrets)) throw new SandboxError(`${file}: job ${id} passes secret \`${name}\`, which ${uses} does not declare`);
    for (const [name, spec] of Object.entries(declaredSecrets)) {
      if (asRecord(spec, name).required === true && !(name in passed)) throw new SandboxError(`${file}: job ${id} does not pass required secret \`${name}\` to ${uses}`);
    }
    secrets = { GITHUB_TOKEN: (contexts.secrets as Record<string, Value>).GITHUB_TOKEN!, ...Object.fromEntries(Object.entries(passed).map(([key, value]) => [key, interpolate(String(value), contexts)])) };
  }
  trace.calls = {
    workflow: uses,
    with: given,
    secrets: job.secrets === 'inherit' ? 'inherit' : Object.fromEntries(Object.entries(secrets).filter(([key]) => key !== 'GITHUB_TOKEN').map(([key, value]) => [key, String(value)])),
  };
  const base: Contexts = { github: contexts.github!, vars: contexts.vars!, secrets, inputs };
  const results = await runJobs(world, uses.slice(2), callee, base, `${prefix}${id}/`, out);
  const failed = [...results.values()].some((result) => result.result === 'failure');
  trace.result = failed ? 'failure' : 'success';
  const jobsContext = Object.fromEntries([...results].map(([key, value]) => [key, { result: value.result, outputs: value.outputs }]));
  const outputs = Object.fromEntries(Object.entries(asRecord(settings.outputs, 'outputs')).map(([key, spec]) => [key, interpolate(String(asRecord(spec, key).value ?? ''), { ...base, jobs: jobsContext })]));
  return { result: trace.result, outputs };
}

function evaluateEnv(env: Yaml, contexts: Contexts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    out[key] = interpolate(String(value), { ...contexts, env: { ...(contexts.env as Record<string, Value>), ...out } });
  }
  return out;
}

function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (at += 1; at < lines.length && lines[at] !== heredoc[2]; at += 1) value.push(lines[at]!);
      out[heredoc[1]!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** One job's steps, run in order on one fresh runner. */
class JobRun {
  failed = false;
  private readonly steps: Record<string, { outputs: Record<string, string>; outcome: Outcome; conclusion: Outcome }> = {};
  private readonly addedEnv: Record<string, string> = {};
  private readonly addedPath: string[] = [];
  private stepCount = 0;

  constructor(private readonly world: World, private readonly folders: { workspace: string; temp: string }, private readonly base: Contexts, private readonly jobEnv: Record<string, string>, private readonly runDefaults: Yaml, private readonly where: string) {}

  contexts(stepEnv: Record<string, string> = {}): Contexts {
    return {
      ...this.base,
      env: { ...this.world.run.contexts?.env, ...this.jobEnv, ...this.addedEnv, ...stepEnv },
      steps: this.steps,
      job: { status: this.failed ? 'failure' : 'success' },
      runner: { os: 'Linux', arch: 'X64', name: 'sandbox', temp: this.folders.temp, tool_cache: '/opt/hostedtoolcache', ...this.world.run.contexts?.runner },
      strategy: {},
      matrix: {},
    };
  }

  async step(step: Yaml): Promise<StepTrace> {
    this.stepCount += 1;
    const name = String(step.name ?? (step.uses ? step.uses : `Run ${String(step.run ?? '').split('\n')[0]}`));
    const id = step.id === undefined ? undefined : String(step.id);
    const condition = step.if as string | boolean | undefined;
    const trace: StepTrace = { name, ...(id ? { id } : {}), condition: canonicalCondition(condition), outcome: 'skipped', conclusion: 'skipped', continueOnError: false, calls: [] };
    const status: StatusView = { success: !this.failed, failure: this.failed };
    const skip = (): StepTrace => {
      if (id) this.steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      return trace;
    };
    // The env context of a step's `if` does not include the step's own env.
    if (!evaluateCondition(condition, this.contexts(), status)) return skip();
    const stepEnv = evaluateEnv(asRecord(step.env, 'env'), this.contexts());
    const contexts = this.contexts(stepEnv);
    const continueOnError = step['continue-on-error'] === undefined ? false : String(interpolateValue(step['continue-on-error'] as Value, contexts)) === 'true';
    trace.continueOnError = continueOnError;
    let result: { ok: boolean; outputs: Record<string, string>; error?: string };
    if (typeof step.uses === 'string') result = this.action(step, contexts, trace);
    else if (typeof step.run === 'string') result = await this.script(step, contexts, stepEnv, trace);
    else throw new SandboxError(`${this.where}: step \`${name}\` has neither run nor uses`);
    trace.outcome = result.ok ? 'success' : 'failure';
    trace.conclusion = result.ok || continueOnError ? 'success' : 'failure';
    if (result.error) trace.error = result.error;
    if (trace.conclusion === 'failure') this.failed = true;
    if (id) this.steps[id] = { outputs: result.outputs, outcome: trace.outcome, conclusion: trace.conclusion };
    return trace;
  }

  private action(step: Yaml, contexts: Contexts, trace: StepTrace): { ok: boolean; outputs: Record<string, string>; error?: string } {
    const uses = step.uses as string;
    const inputs = Object.fromEntries(Object.entries(asRecord(step.with, 'with')).map(([key, value]) => [key, interpolate(String(value), contexts)]));
    trace.uses = uses;
    trace.with = inputs;
    if (uses.startsWith('./') || uses.startsWith('docker://')) throw new SandboxError(`${this.where}: the sandbox does not run local or docker actions (${uses})`);
    const action = uses.replace(/@.*$/, '');
    const fake: FakeAction | undefined = this.world.run.actions?.[action] ?? BUILTIN_ACTIONS[action]?.(this.world.run.repo, this.folders.workspace, contexts, this.world.run.checkoutSkip ?? [], this.world.run.checkoutExtra ?? {});
    if (!fake) return { ok: true, outputs: {} };
    const result = fake(inputs);
    Object.assign(this.addedEnv, result.env ?? {});
    return { ok: result.fail === undefined, outputs: result.outputs ?? {}, ...(result.fail ? { error: result.fail } : {}) };
  }

  private async script(step: Yaml, contexts: Contexts, stepEnv: Record<string, string>, trace: StepTrace): Promise<{ ok: boolean; outputs: Record<string, string>; error?: string }> {
    const source = interpolate(step.run as string, contexts);
    const shell = String(step.shell ?? this.runDefaults.shell ?? 'bash');
    const dir = path.join(this.folders.temp, `_step${this.stepCount}`);
    mkdirSync(dir, { recursive: true });
    const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STEP_SUMMARY: 'summary', GITHUB_PATH: 'path' };
    for (const name of Object.values(files)) writeFileSync(path.join(dir, name), '');
    const scriptFile = path.join(dir, 'script');
    writeFileSync(scriptFile, source);
    let command: string[];
    if (shell === 'bash') command = ['bash', '--noprofile', '--norc', '-eo', 'pipefail', scriptFile];
    else if (shell === 'sh') command = ['sh', '-e', scriptFile];
    else if (shell === 'python') command = ['bash', '-c', 'exec python3 - < "$1"', 'python', scriptFile];
    else throw new SandboxError(`${this.where}: the sandbox does not run shell \`${shell}\``);
    const workingDirectory = step['working-directory'] ?? this.runDefaults['working-directory'];
    const cwd = workingDirectory === undefined ? this.folders.workspace : path.resolve(this.folders.workspace, interpolate(String(workingDirectory), contexts));
    if (!existsSync(cwd)) return { ok: false, outputs: {}, error: `working-directory ${path.relative(this.folders.workspace, cwd)} does not exist` };
    const baseEnv = this.baseEnv(dir, files);
    const env = { ...baseEnv, ...this.world.run.contexts?.env, ...this.jobEnv, ...this.addedEnv, ...stepEnv };
    const ran = await runProcess(command, cwd, env);
    for (const call of this.world.takeCalls()) trace.calls.push(this.recordCall(call, baseEnv));
    const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');
    const summary = read('summary');
    if (summary) trace.summary = this.world.scrub(summary, this.folders);
    Object.assign(this.addedEnv, parseCommandFile(read('env')));
    this.addedPath.unshift(...read('path').split('\n').filter(Boolean));
    const ok = ran.status === 0;
    const error = ok ? undefined : this.world.scrub((ran.error ?? ran.stderr).trim().split('\n').slice(-5).join('\n') || `exit code ${String(ran.status)}`, this.folders);
    return { ok, outputs: parseCommandFile(read('output')), ...(error ? { error } : {}) };
  }

  private baseEnv(dir: string, files: Record<string, string>): Record<string, string> {
    const github = this.base.github as Record<string, Value>;
    return {
      PATH: [...this.addedPath, this.world.stubs, process.env.PATH ?? '/usr/bin:/bin'].join(':'),
      HOME: this.world.home,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: this.folders.workspace,
      GITHUB_EVENT_NAME: String(github.event_name),
      GITHUB_REF: String(github.ref),
      GITHUB_REF_NAME: String(github.ref_name),
      GITHUB_REF_TYPE: String(github.ref_type),
      GITHUB_SHA: String(github.sha),
      GITHUB_REPOSITORY: String(github.repository),
      GITHUB_RUN_ID: String(github.run_id),
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: this.folders.temp,
      TMPDIR: this.folders.temp,
      ...Object.fromEntries(Object.entries(files).map(([name, file]) => [name, path.join(dir, file)])),
    };
  }

  private recordCall(call: RecordedCall, baseEnv: Record<string, string>): ToolCall {
    const scrub = (text: string): string => this.world.scrub(text, this.folders);
    const env = Object.fromEntries(Object.entries(call.env)
      .filter(([key, value]) => !SHELL_NOISE.has(key) && !CREDENTIALS.has(key) && baseEnv[key] !== value && !(key === 'PATH'))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => [key, scrub(value)]));
    const relative = path.relative(this.folders.workspace, call.cwd);
    return {
      tool: call.tool,
      argv: call.argv.map(scrub),
      cwd: relative === '' ? '.' : relative.startsWith('..') ? scrub(call.cwd) : relative,
      env,
      ...(call.stdin ? { stdin: scrub(call.stdin) } : {}),
      exitCode: call.exitCode,
    };
  }
}

/** Runs a command to its end; async so that vitest's worker stays responsive during long runs. */
function runProcess(command: string[], cwd: string, env: Record<string, string>): Promise<{ status: number | null; stderr: string; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('error', (error) => { clearTimeout(timer); resolve({ status: null, stderr, error: error.message }); });
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, stderr }); });
  });
}

/** Built-in stand-ins: checkout copies the repo; AWS credentials export the region. */
const BUILTIN_ACTIONS: Record<string, (repo: string, workspace: string, contexts: Contexts, skipTop: string[], extra: Record<string, string>) => FakeAction> = {
  'actions/checkout': (repo, workspace, contexts, skipTop, extra) => (inputs) => {
    const target = path.resolve(workspace, inputs.path ?? '');
    const own = (contexts.github as Record<string, Value>).repository;
    if (inputs.repository && inputs.repository !== own) {
      mkdirSync(target, { recursive: true });
      writeFileSync(path.join(target, '.sandbox-checkout'), `${inputs.repository}@${inputs.ref ?? ''}\n`);
      return {};
    }
    const skip = new Set(skipTop.map((name) => path.join(repo, name)));
    cpSync(repo, target, { recursive: true, filter: (source) => !COPY_SKIP.has(path.basename(source)) && !skip.has(source) });
    for (const [file, text] of Object.entries(extra)) {
      mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
      writeFileSync(path.join(target, file), text);
    }
    return {};
  },
  'aws-actions/configure-aws-credentials': () => (inputs) => {
    const region = inputs['aws-region'];
    if (!region) return { fail: 'configure-aws-credentials: aws-region is empty' };
    if (!inputs['role-to-assume'] && !inputs['aws-access-key-id']) return { fail: 'configure-aws-credentials: no role-to-assume and no access key' };
    return {
      env: { AWS_REGION: region, AWS_DEFAULT_REGION: region, AWS_ACCESS_KEY_ID: 'ASIASANDBOX', AWS_SECRET_ACCESS_KEY: 'sandbox', AWS_SESSION_TOKEN: 'sandbox' },
      outputs: { 'aws-account-id': '111122223333' },
    };
  },
};
