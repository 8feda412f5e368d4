/**
 * The step kinds of issue 11 make the same calls as hand-written workflows.
 * The docs in test/fixtures/aws-kinds are generated over a copy of the
 * reference repo; each scenario then runs the hand-written workflow and the
 * generated one in the sandbox, and the AWS, SAM and npm calls of both
 * (argv, cwd, exit code, the env the tool reads, the step condition) must
 * be the same, reads aside. Actions, triggers and job settings are the
 * business of other tests (the reference repo's equivalence test).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareTraces, formatComparison, runWorkflow, type Trace } from '../helpers/sandbox/index.js';
import type { FakeAws, StubRule } from '../helpers/sandbox/types.js';
import { loadScenarios } from '../helpers/sandbox/scenarios.js';
import { printDiagnostics, repoRoot } from '../helpers/world.js';
import { generateProject } from '../emit/support.js';

const reference = path.join(repoRoot, 'test/fixtures/reference-repo');
const docs = path.join(repoRoot, 'test/fixtures/aws-kinds/docs/components');
const scenarios = new Map(loadScenarios(path.join(reference, 'sandbox/scenarios.yaml')).map((s) => [s.name, s]));
const TOOLS = new Set(['aws', 'sam', 'npm']);

let generated = '';
beforeAll(async () => {
  generated = mkdtempSync(path.join(tmpdir(), 'docflow-aws-kinds-'));
  cpSync(reference, generated, { recursive: true, filter: (source) => !['.github', 'sandbox', 'docs'].includes(path.basename(source)) || path.dirname(source) !== reference });
  mkdirSync(path.join(generated, 'docs/components'), { recursive: true });
  for (const file of readdirSync(docs)) cpSync(path.join(docs, file), path.join(generated, 'docs/components', file));
  const g = await generateProject(generated);
  const errors = g.diagnostics.filter((d) => d.severity === 'error');
  expect(printDiagnostics(errors)).toBe('');
  for (const file of g.outputs.files) {
    mkdirSync(path.dirname(path.join(generated, file.path)), { recursive: true });
    writeFileSync(path.join(generated, file.path), file.content);
  }
}, 120_000);
afterAll(() => {
  if (generated) rmSync(generated, { recursive: true, force: true });
});

/** The trace with only the calls of aws, sam and npm; job settings taken from `like`, so only the calls are compared. */
function callsOnly(trace: Trace, like?: Trace): Trace {
  return {
    ...trace,
    trigger: like?.trigger ?? trace.trigger,
    jobs: trace.jobs.map((job) => {
      const same = like?.jobs.find((j) => j.id === job.id);
      return {
        ...job,
        ...(same ? { needs: same.needs, condition: same.condition, environment: same.environment } : {}),
        steps: job.steps.map(({ uses: _uses, with: _with, ...step }) => ({ ...step, calls: step.calls.filter((c) => TOOLS.has(c.tool)) })),
      };
    }),
  };
}

const RUNS = [
  'deploy-site-bucket',
  'delete-site-bucket',
  'delete-site-bucket-already-gone',
  'deploy-acm-certificate',
  'delete-acm-certificate',
  'delete-cdn',
  'delete-users-table',
  'delete-fn-notes-list',
  'delete-fn-notes-write',
  'deploy-web-ui',
  'deploy-web-ui-without-invalidation',
  'deploy-web-ui-content-updated',
  'deploy-docs-portal',
  'delete-docs-portal',
];

describe('generated steps of the AWS and npm kinds, against the hand-written workflows', () => {
  for (const name of RUNS) {
    test(name, { timeout: 120_000 }, async () => {
      const scenario = scenarios.get(name);
      expect(scenario, `scenario ${name}`).toBeDefined();
      const hand = callsOnly(await runWorkflow(scenario!.run(reference)));
      const ours = callsOnly(await runWorkflow(scenario!.run(generated)), hand);
      const comparison = compareTraces(hand, ours);
      expect(comparison.equivalent, formatComparison(comparison)).toBe(true);
      // The runs did something: every reference job made calls of these tools.
      expect(hand.jobs.flatMap((j) => j.steps.flatMap((s) => s.calls)).length).toBeGreaterThan(0);
    });
  }
});

describe('the clean-up kinds skip only what is gone, and fail on any other error', () => {
  /** Runs scenario `name` on the generated workflows with extra stub answers; returns the step of `kind` text and the job result. */
  async function run(name: string, rules: StubRule[], aws?: FakeAws) {
    const base = scenarios.get(name)!.run(generated);
    const trace = await runWorkflow({ ...base, rules: [...rules, ...(base.rules ?? [])], ...(aws ? { aws: { ...base.aws, ...aws } } : {}) });
    return trace.jobs[0]!;
  }
  const step = (job: Awaited<ReturnType<typeof run>>, prefix: string) => job.steps.find((s) => s.name.startsWith(prefix))!;
  const denied = (operation: string) => ({ stderr: `\nAn error occurred (AccessDenied) when calling the ${operation} operation: not authorized\n`, exitCode: 254 });

  test('empty-bucket: a bucket it may not read fails the job (403 is not "gone")', { timeout: 60_000 }, async () => {
    const job = await run('delete-site-bucket', [{ tool: 'aws', match: ['head-bucket'], stderr: '\nAn error occurred (403) when calling the HeadBucket operation: Forbidden\n', exitCode: 254 }]);
    expect(step(job, 'Empty').outcome).toBe('failure');
    expect(job.result).toBe('failure');
    // Nothing was deleted, and the stack delete did not run.
    expect(job.steps.flatMap((s) => s.calls).some((c) => c.argv.includes('delete-objects') || c.argv.includes('delete-stack'))).toBe(false);
  });

  test('empty-bucket: objects delete-objects could not delete fail the step instead of looping', { timeout: 60_000 }, async () => {
    const job = await run('delete-site-bucket', [{ tool: 'aws', match: ['delete-objects'], json: { Errors: [{ Key: 'index.html', VersionId: 'v-index-2', Code: 'AccessDenied', Message: 'Object is locked' }] } }]);
    const empty = step(job, 'Empty');
    expect(empty.outcome).toBe('failure');
    expect(empty.calls.filter((c) => c.argv.includes('delete-objects'))).toHaveLength(1);
  });

  test('empty-bucket: a bucket whose stack is gone is skipped, and the delete goes on', { timeout: 60_000 }, async () => {
    const job = await run('delete-site-bucket', [], { stacks: {} });
    expect(step(job, 'Empty').outcome).toBe('success');
    expect(step(job, 'Empty').calls).toEqual([]);
    expect(job.result).toBe('success');
  });

  test('delete-log-group: an error other than "not found" fails the step', { timeout: 60_000 }, async () => {
    const job = await run('delete-fn-notes-list', [{ tool: 'aws', match: ['delete-log-group'], ...denied('DeleteLogGroup') }]);
    expect(step(job, 'Delete the log group').outcome).toBe('failure');
  });

  test('cloudformation-delete: a stack that ends in DELETE_FAILED fails the job at the wait', { timeout: 60_000 }, async () => {
    const job = await run('delete-cdn', [{ tool: 'aws', match: ['wait', 'stack-delete-complete'], stderr: '\nWaiter StackDeleteComplete failed: Waiter encountered a terminal failure state: For expression "Stacks[].StackStatus" we matched expected path: "DELETE_FAILED"\n', exitCode: 255 }]);
    expect(job.result).toBe('failure');
  });

  test('s3-sync: a bucket output that is missing fails the job before anything is synced', { timeout: 60_000 }, async () => {
    const job = await run('deploy-web-ui', [
      { tool: 'aws', match: ['describe-stacks', 'inkwell-site-bucket'], json: { Stacks: [{ StackName: 'inkwell-site-bucket', StackStatus: 'UPDATE_COMPLETE', Outputs: [{ OutputKey: 'BucketName', OutputValue: '' }] }] } },
    ]);
    // The lookup itself refuses a missing output, so nothing is synced to `s3://`.
    expect(job.result).toBe('failure');
    expect(job.steps.flatMap((s) => s.calls).some((c) => c.argv[0] === 's3' && c.argv[1] === 'sync')).toBe(false);
  });
});
