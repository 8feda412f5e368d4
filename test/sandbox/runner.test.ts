/**
 * The sandbox runs workflows as GitHub does, on small workflows written for
 * each rule: env layering, `$GITHUB_ENV`/`$GITHUB_OUTPUT`, outputs across jobs
 * and reusable workflows, conditions and statuses, and clear errors for runs
 * it cannot do.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runWorkflow, SandboxError, type SandboxRun, type ToolCall, type Trace } from '../helpers/sandbox/index.js';

const repos: string[] = [];
afterAll(() => { for (const dir of repos) rmSync(dir, { recursive: true, force: true }); });

/** A repo with the given workflow files (name → YAML). */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docflow-sandbox-repo-'));
  repos.push(dir);
  mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
  mkdirSync(path.join(dir, 'app'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, '.github/workflows', name), text);
  return dir;
}

function go(dir: string, extra: Partial<SandboxRun> = {}): Promise<Trace> {
  return runWorkflow({ repo: dir, workflow: '.github/workflows/main.yaml', trigger: { event: 'workflow_dispatch', inputs: {} }, ...extra });
}

function calls(trace: Trace): ToolCall[] {
  return trace.jobs.flatMap((job) => job.steps.flatMap((step) => step.calls));
}

const dispatch = 'on:\n  workflow_dispatch:\n    inputs:\n      target_env:\n        type: choice\n        options: [dev, production]\n        default: dev\n';

describe('steps', () => {
  test('env is layered workflow → job → $GITHUB_ENV → step, and shell exports reach the tools', async () => {
    const dir = repo({ 'main.yaml': `${dispatch}env:\n  LEVEL: workflow\n  AWS_RETRY_MODE: adaptive\njobs:\n  one:\n    runs-on: ubuntu-latest\n    env:\n      LEVEL: job\n      TARGET: \${{ inputs.target_env }}\n    steps:\n      - run: echo "FROM_ENV_FILE=yes" >> "$GITHUB_ENV"\n      - env:\n          LEVEL: step\n        run: |\n          export EXPORTED=1\n          npm run build\n      - run: npm test\n` });
    const [build, testCall] = calls(await go(dir));
    expect(build!.env).toEqual({ AWS_RETRY_MODE: 'adaptive', EXPORTED: '1', FROM_ENV_FILE: 'yes', LEVEL: 'step', TARGET: 'dev' });
    expect(testCall!.env).toEqual({ AWS_RETRY_MODE: 'adaptive', FROM_ENV_FILE: 'yes', LEVEL: 'job', TARGET: 'dev' });
  });

  test('outputs, multi-line outputs, outcomes and continue-on-error feed later steps', async () => {
    const dir = repo({ 'main.yaml': `${dispatch}jobs:\n  one:\n    runs-on: ubuntu-latest\n    steps:\n      - id: look\n        run: |\n          echo "bucket=b1" >> "$GITHUB_OUTPUT"\n          printf 'notes<<EOF\\nline 1\\nline 2\\nEOF\\n' >> "$GITHUB_OUTPUT"\n      - id: flaky\n        continue-on-error: true\n        run: exit 3\n      - if: steps.flaky.outcome == 'failure' && steps.flaky.conclusion == 'success'\n        env:\n          NOTES: \${{ steps.look.outputs.notes }}\n        run: aws s3 sync dist "s3://\${{ steps.look.outputs.bucket }}"\n      - if: failure()\n        run: aws s3 rm s3://never\n` });
    const trace = await go(dir);
    const steps = trace.jobs[0]!.steps;
    expect(steps.map((step) => `${step.outcome}/${step.conclusion}`)).toEqual(['success/success', 'failure/success', 'success/success', 'skipped/skipped']);
    expect(calls(trace).map((call) => call.argv)).toEqual([['s3', 'sync', 'dist', 's3://b1']]);
    expect(calls(trace)[0]!.env.NOTES).toBe('line 1\nline 2');
    expect(trace.jobs[0]!.result).toBe('success');
  });

  test('a failed step fails the job, skips the rest, and runs `failure()` steps', async () => {
    const dir = repo({ 'main.yaml': `${dispatch}jobs:\n  one:\n    runs-on: ubuntu-latest\n    steps:\n      - id: deploy\n        run: sam deploy\n      - run: aws s3 sync a s3://b\n      - if: failure() && steps.deploy.outcome == 'failure'\n        run: echo "deploy failed" >> "$GITHUB_STEP_SUMMARY"\n  two:\n    needs: one\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n  report:\n    needs: one\n    if: always()\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh run list\n` });
    const trace = await go(dir, { rules: [{ tool: 'sam', match: ['deploy'], exitCode: 1, stderr: 'stack failed' }] });
    expect(trace.jobs.map((job) => `${job.id}: ${job.result}`)).toEqual(['one: failure', 'two: skipped', 'report: success']);
    expect(trace.jobs[0]!.steps.map((step) => step.outcome)).toEqual(['failure', 'skipped', 'success']);
    expect(trace.jobs[0]!.steps[0]!.error).toContain('stack failed');
    expect(trace.jobs[0]!.steps[2]!.summary).toBe('deploy failed\n');
  });

  test('working-directory, checkout and temporary paths are shown relative and stable', async () => {
    const dir = repo({ 'main.yaml': `${dispatch}jobs:\n  one:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        working-directory: app\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n          out=$(mktemp)\n          npm run build -- --out "$out" --cache "$RUNNER_TEMP/cache"\n      - working-directory: .\n        run: npx cdk synth\n      - uses: actions/checkout@v4\n        with:\n          repository: acme/other\n          path: other\n      - working-directory: other\n        run: npm ci\n` });
    const trace = await go(dir);
    expect(calls(trace).map((call) => [call.cwd, ...call.argv])).toEqual([
      ['app', 'run', 'build', '--', '--out', '$RUNNER_TEMP/tmp.1', '--cache', '$RUNNER_TEMP/cache'],
      ['.', 'cdk', 'synth'],
      ['other', 'ci'],
    ]);
  });

  test('a missing working-directory fails the step, saying which', async () => {
    const dir = repo({ 'main.yaml': `${dispatch}jobs:\n  one:\n    runs-on: ubuntu-latest\n    steps:\n      - working-directory: ui\n        run: npm ci\n` });
    const trace = await go(dir);
    expect(trace.jobs[0]!.steps[0]!.error).toBe('working-directory ui does not exist');
  });

  test('a Python heredoc is recorded with its script; other tools leave stdin to the loop around them', async () => {
    const dir = repo({ 'main.yaml': `${dispatch}jobs:\n  one:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          python3 - <<'EOF'\n          print("hi")\n          EOF\n          printf 'a\\nb\\n' | while read -r name; do aws logs delete-log-group --log-group-name "$name"; done\n` });
    const trace = await go(dir);
    expect(calls(trace).map((call) => [call.tool, ...call.argv, call.stdin ?? ''])).toEqual([
      ['python3', '-', 'print("hi")\n'],
      ['aws', 'logs', 'delete-log-group', '--log-group-name', 'a', ''],
      ['aws', 'logs', 'delete-log-group', '--log-group-name', 'b', ''],
    ]);
  });
});

describe('jobs and reusable workflows', () => {
  const callee = 'on:\n  workflow_call:\n    inputs:\n      target_env:\n        type: string\n        required: true\n      run_tests:\n        type: boolean\n        default: false\n    secrets:\n      TOKEN:\n        required: true\n    outputs:\n      url:\n        value: ${{ jobs.deploy.outputs.url }}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: ${{ inputs.target_env }}\n    outputs:\n      url: ${{ steps.out.outputs.url }}\n    steps:\n      - id: out\n        env:\n          TOKEN: ${{ secrets.TOKEN }}\n        run: echo "url=https://${{ inputs.target_env }}.example" >> "$GITHUB_OUTPUT"\n  test:\n    needs: deploy\n    if: inputs.run_tests\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';

  test('inputs are typed, secrets passed, and outputs flow back through needs', async () => {
    const dir = repo({
      'callee.yaml': callee,
      'main.yaml': `${dispatch}jobs:\n  first:\n    uses: ./.github/workflows/callee.yaml\n    with:\n      target_env: \${{ inputs.target_env }}\n      run_tests: \${{ inputs.target_env == 'dev' }}\n    secrets:\n      TOKEN: \${{ secrets.DEPLOY_TOKEN }}\n  after:\n    needs: first\n    runs-on: ubuntu-latest\n    steps:\n      - run: curl "\${{ needs.first.outputs.url }}"\n`,
    });
    const trace = await go(dir, { contexts: { secrets: { DEPLOY_TOKEN: 't0ken' } } });
    expect(trace.jobs.map((job) => `${job.id} [${job.needs.join(',')}] ${job.result}`)).toEqual(['first [] success', 'first/deploy [] success', 'first/test [first/deploy] success', 'after [first] success']);
    expect(trace.jobs[0]!.calls).toEqual({ workflow: './.github/workflows/callee.yaml', with: { target_env: 'dev', run_tests: true }, secrets: { TOKEN: 't0ken' } });
    expect(trace.jobs[1]!.environment).toBe('dev');
    expect(calls(trace).find((call) => call.tool === 'curl')!.argv).toEqual(['https://dev.example']);
  });

  test('mistakes in a call are errors that name them', async () => {
    const call = (body: string): string => `${dispatch}jobs:\n  first:\n    uses: ./.github/workflows/callee.yaml\n${body}`;
    await expect(go(repo({ 'callee.yaml': callee, 'main.yaml': call('    with:\n      target_env: dev\n      colour: red\n    secrets: inherit\n') }))).rejects.toThrow(/has no input `colour`/);
    await expect(go(repo({ 'callee.yaml': callee, 'main.yaml': call('    with:\n      run_tests: true\n    secrets: inherit\n') }))).rejects.toThrow(/required input `target_env`/);
    await expect(go(repo({ 'callee.yaml': callee, 'main.yaml': call('    with:\n      target_env: dev\n    secrets:\n      OTHER: x\n') }))).rejects.toThrow(/passes secret `OTHER`, which .* does not declare/);
    await expect(go(repo({ 'callee.yaml': callee, 'main.yaml': call('    with:\n      target_env: dev\n') }))).rejects.toThrow(/does not pass required secret `TOKEN`/);
  });

  test('triggers are checked: inputs, choices, dispatch types and tag filters', async () => {
    const dir = repo({ 'main.yaml': `${dispatch}  repository_dispatch:\n    types: [content]\n  push:\n    tags: ['v*']\njobs:\n  one:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh release view "\${{ github.ref_name }}"\n` });
    await expect(go(dir, { trigger: { event: 'workflow_dispatch', inputs: { target_env: 'staging' } } })).rejects.toThrow(/not one of dev, production/);
    await expect(go(dir, { trigger: { event: 'repository_dispatch', type: 'other' } })).rejects.toThrow(/type `other` is not in its types/);
    await expect(go(dir, { trigger: { event: 'push', ref: 'refs/heads/main' } })).rejects.toThrow(/does not trigger it/);
    await expect(go(dir, { trigger: { event: 'workflow_call' } })).rejects.toThrow(SandboxError);
    const trace = await go(dir, { trigger: { event: 'push', ref: 'refs/tags/v2.0.0' } });
    expect(calls(trace)[0]!.argv).toEqual(['release', 'view', 'v2.0.0']);
  });

  test('a matrix or invalid YAML is refused, not guessed at', async () => {
    await expect(go(repo({ 'main.yaml': `${dispatch}jobs:\n  one:\n    strategy:\n      matrix:\n        n: [1, 2]\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n` }))).rejects.toThrow(/matrix/);
    await expect(go(repo({ 'main.yaml': 'on: [push\n' }))).rejects.toThrow(/not valid YAML/);
  });
});
