// The generated `run:` scripts are code we ship, so they are executed here
// under bash with stub `aws` and `sam` commands that record their arguments,
// and every script of the example project passes shellcheck.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { DEFAULT_CONFIG } from '../../generators/config/types.js';
import { generateWorkflows } from '../../generators/emit/generate.js';
import { loadTemplates } from '../../generators/emit/templates.js';
import { docFiles } from '../helpers/world.js';
import { generateProject } from './support.js';
import { shellcheckFindings } from '../helpers/shellcheck.js';

type Step = { name: string; env?: Record<string, string>; run?: string };

const doc = `# orders

## CloudFormation Stack

\`app-orders\`

## Dependencies

### Deploy

- \`table\`

### Delete

None

## Deploy Workflow

### Steps

1. Configure AWS credentials
2. Look up \`TableName\` and \`Banner\` from the \`app-table\` stack output (optional).
3. SAM build.
4. \`sam deploy --stack-name app-orders --tags "Team=core platform" --s3-prefix orders\`
   - \`TableName\`
   - \`Greeting\` (value \`say "hi" \\ there\`)
   - \`Empty\` (value \`\`)

## Delete Workflow

### Steps

1. Configure AWS credentials
2. \`sam delete --stack-name app-orders --no-prompts --region "$AWS_REGION"\`
`;
const table = `# table

## CloudFormation Stack

\`app-table\`

## Required By

### Deploy

- \`orders\`

## Deploy Workflow

### Steps

1. SAM build.
2. SAM deploy \`app-table\`.
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'docflow-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes an executable stub that logs its argv (one per line, NUL-terminated records) and runs `body`. */
function stub(name: string, body: string): void {
  writeFileSync(path.join(work, name), `#!/usr/bin/env bash\nprintf '%s\\0' "$@" > "${work}/${name}.args"\n${body}\n`);
  chmodSync(path.join(work, name), 0o755);
}
const argsOf = (name: string): string[] => readFileSync(path.join(work, `${name}.args`), 'utf8').split('\0').slice(0, -1);

/** Runs a step's script as GitHub would (bash -e), with its env, our stubs first on PATH. */
function runStep(step: Step, extraEnv: Record<string, string> = {}) {
  const output = path.join(work, 'github_output');
  writeFileSync(output, '');
  const env = { PATH: `${work}:${process.env.PATH}`, RUNNER_TEMP: work, GITHUB_OUTPUT: output, AWS_REGION: 'eu-west-1', ...step.env, ...extraEnv };
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, output: readFileSync(output, 'utf8') };
}

describe('generated scripts, executed', async () => {
  const analysis = analyze(docFiles({ 'orders.md': doc, 'table.md': table }));
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const templates = await loadTemplates(process.cwd(), 'templates');
  const out = generateWorkflows({ analysis, config: structuredClone(DEFAULT_CONFIG), templates, diagrams: false });
  const steps = (file: string): Step[] => {
    const wf = parse(out.files.find((f) => f.path.endsWith(file))!.content) as { jobs: Record<string, { steps: Step[] }> };
    return Object.values(wf.jobs)[0]!.steps;
  };
  const deploy = steps('deploy-orders.yml');
  const byName = (list: Step[], prefix: string) => list.find((s) => s.name.startsWith(prefix))!;

  it('sam deploy gets each override as Key="value" with quotes and backslashes escaped, and each flag as one argument', () => {
    stub('sam', 'exit 0');
    const r = runStep(byName(deploy, 'sam deploy'), { PARAM_TableName: 'users table' });
    expect(r.code, r.stderr).toBe(0);
    const args = argsOf('sam');
    expect(args.slice(0, 5)).toEqual(['deploy', '--stack-name', 'app-orders', '--no-confirm-changeset', '--no-fail-on-empty-changeset']);
    const overrides = args.slice(args.indexOf('--parameter-overrides') + 1, args.indexOf('--parameter-overrides') + 4);
    expect(overrides).toEqual(['TableName="users table"', 'Greeting="say \\"hi\\" \\\\ there"', 'Empty=""']);
    expect(args).toContain('Team=core platform');
    expect(args.slice(-3)).toEqual(['--s3-prefix', 'orders', '--resolve-s3']);
  });

  it('a lookup writes each output with the delimiter form, so multi-line values survive', () => {
    stub('aws', `echo '[{"OutputKey":"TableName","OutputValue":"users"},{"OutputKey":"Banner","OutputValue":"line 1\\nline 2"}]'`);
    const r = runStep(byName(deploy, 'Look up'));
    expect(r.code, r.stderr).toBe(0);
    expect(argsOf('aws')).toEqual(['cloudformation', 'describe-stacks', '--stack-name', 'app-table', '--query', 'Stacks[0].Outputs', '--output', 'json']);
    expect(r.output).toMatch(/^TableName<<(docflow_[0-9a-f]{16})\nusers\n\1\nBanner<<(docflow_[0-9a-f]{16})\nline 1\nline 2\n\2\n$/);
  });

  it('an optional lookup of a stack that does not exist gives empty values; any other AWS error fails the step', () => {
    stub('aws', `echo 'An error occurred (ValidationError): Stack with id app-table does not exist' >&2; exit 254`);
    const missing = runStep(byName(deploy, 'Look up'));
    expect(missing.code, missing.stderr).toBe(0);
    expect(missing.output).toMatch(/^TableName<<docflow_\w+\n\ndocflow_\w+\n/);
    stub('aws', `echo 'An error occurred (AccessDenied): not authorized' >&2; exit 254`);
    const denied = runStep(byName(deploy, 'Look up'));
    expect(denied.code).not.toBe(0);
    expect(denied.stderr).toContain('AccessDenied');
  });

  it('the deploy guard passes on *_COMPLETE, fails naming the dependency otherwise, and never mistakes an AWS error for a status', () => {
    const guard = byName(deploy, 'Check that deploy dependencies');
    stub('aws', 'echo UPDATE_COMPLETE; echo "a harmless warning" >&2');
    expect(runStep(guard).code).toBe(0);
    stub('aws', 'echo ROLLBACK_COMPLETE');
    const bad = runStep(guard);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('table (stack app-table) is ROLLBACK_COMPLETE');
    stub('aws', `echo 'An error occurred (ExpiredToken)' >&2; exit 254`);
    const expired = runStep(guard);
    expect(expired.code).toBe(1);
    expect(expired.stdout).toContain('Could not read stack app-table: An error occurred (ExpiredToken)');
  });

  it('sam delete runs in the job region with the doc flags', () => {
    stub('sam', 'exit 0');
    const r = runStep(byName(steps('delete-orders.yml'), 'sam delete'));
    expect(r.code, r.stderr).toBe(0);
    expect(argsOf('sam')).toEqual(['delete', '--stack-name', 'app-orders', '--region', 'eu-west-1', '--no-prompts']);
  });
});

describe('shellcheck', () => {
  const available = spawnSync('shellcheck', ['--version']).status === 0;
  if (!available && process.env.CI) throw new Error('shellcheck is required in CI (.ci/run installs it)');

  it.skipIf(!available)('finds nothing in any run: script of the example project', async () => {
    const g = await generateProject(process.cwd());
    const scripts = new Set<string>();
    for (const f of g.outputs.files.filter((x) => x.path.endsWith('.yml'))) {
      const wf = parse(f.content) as { env?: Record<string, string>; jobs: Record<string, { env?: Record<string, string>; steps?: Step[] }> };
      // The runner sets the job's and the step's env: before the script runs; say so to shellcheck.
      for (const job of Object.values(wf.jobs)) {
        for (const s of job.steps ?? []) {
          if (!s.run) continue;
          const names = [...Object.keys(wf.env ?? {}), ...Object.keys(job.env ?? {}), ...Object.keys(s.env ?? {})];
          scripts.add([...new Set(names)].map((n) => `export ${n}="\${${n}-}"\n`).join('') + s.run);
        }
      }
    }
    expect(scripts.size).toBeGreaterThan(10);
    expect(shellcheckFindings(scripts)).toEqual([]);
  });
});
