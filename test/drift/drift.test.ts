/**
 * Drift scenarios through the CLI (`main(argv, io)` with a fake io), in temp
 * copies of test/fixtures/projects/small: three component docs and a README
 * that is not a component. One `generate` (diagrams rendered, as in a real
 * project) seeds a copy; every test works on its own copy of that seed and
 * asserts the exit code and what was printed.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from '../helpers/cli.js';
import { fileEditor, snapshotTree } from '../helpers/tree.js';
import { copyProject, removeCopy } from '../emit/support.js';

const WORKFLOWS = '.github/workflows';
const DOCS = 'docs/components';

let seed: string;
let dir: string;

beforeAll(async () => {
  seed = copyProject('small');
  const first = await runCli(['generate', '--root', seed]);
  expect(first.code, first.stderr).toBe(0);
});
afterAll(() => removeCopy(seed));
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'docflow-drift-'));
  cpSync(seed, dir, { recursive: true });
});
afterEach(() => removeCopy(dir));

const check = (): Promise<CliRun> => runCli(['check', '--root', dir]);
/** `generate` without rendering: these scenarios are about workflows (and no browser is needed). */
const generate = (): Promise<CliRun> => runCli(['generate', '--no-render', '--root', dir]);
const { read, write, edit } = fileEditor(() => dir);
/** 1-based line of the first line of `rel` containing `needle`. */
const lineOf = (rel: string, needle: string): number => read(rel).split('\n').findIndex((l) => l.includes(needle)) + 1;
/** Every file under the copy (except the lint cache) with its bytes. */
const snapshot = (): Map<string, string> => snapshotTree(dir);
/** Diagnostics a run printed about a workflow file (drift is reported on the generated file). */
const workflowLines = (run: CliRun): string[] => (run.stdout + run.stderr).split('\n').filter((l) => l.startsWith(`${WORKFLOWS}/`));

describe('drift', () => {
  it('generate then check is clean', async () => {
    const run = await check();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('✓ no problems in 4 docs');
    expect(run.stdout).not.toMatch(/error|warning/);
  });

  it('generate twice: the second run creates, updates and removes nothing, and rewrites no file', async () => {
    const files = readdirSync(path.join(dir, WORKFLOWS)).map((f) => `${WORKFLOWS}/${f}`);
    expect(files).toHaveLength(8);
    const past = new Date('2001-02-03T04:05:06Z');
    for (const f of files) utimesSync(path.join(dir, f), past, past);
    const before = snapshot();
    const run = await runCli(['generate', '--root', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^generate: 0 created, 0 updated, \d+ unchanged, 0 removed\b/m);
    expect(run.stdout).not.toMatch(/^\s+(created|updated|removed|rendered)\s/m);
    for (const f of files) expect(statSync(path.join(dir, f)).mtime.getTime(), f).toBe(past.getTime());
    expect(snapshot()).toEqual(before);
  });

  it('editing a doc step makes its workflow stale and names the step and its doc line; check writes nothing', async () => {
    const doc = `${DOCS}/users-table.md`;
    edit(doc, '(from vars.USERS_TABLE_NAME)', '(from vars.TABLE_NAME)');
    const stepLine = lineOf(doc, '(from vars.TABLE_NAME)');
    const before = snapshot();
    const run = await check();
    expect(run.code).toBe(1);
    const yml = `${WORKFLOWS}/deploy-users-table.yml`;
    const yamlLine = lineOf(yml, '(from vars.USERS_TABLE_NAME)');
    expect(workflowLines(run)).toContain(
      `${yml}:${yamlLine}:1: error Stale generated file \`${yml}\`: it differs from what \`${doc}\` generates (the differing lines come from step 5 at ${doc}:${stepLine}) [drift-stale]`,
    );
    expect(run.stdout).toContain(`--- a/${yml}\ton disk\n+++ b/${yml}\tgenerated from the docs\n`);
    expect(run.stdout).toContain('\n-          PARAM_TableName: ${{ vars.USERS_TABLE_NAME }}\n+          PARAM_TableName: ${{ vars.TABLE_NAME }}\n');
    expect(snapshot(), 'check must not write').toEqual(before);

    const fix = await generate();
    expect(fix.code, fix.stderr).toBe(0);
    expect(fix.stdout).toContain(`  updated  ${yml}\n`);
    expect(read(yml)).toContain('PARAM_TableName: ${{ vars.TABLE_NAME }}');
    expect(workflowLines(await check())).toEqual([]);
  });

  it('hand-editing a generated YAML makes it stale, with a unified diff; generate restores it', async () => {
    const yml = `${WORKFLOWS}/deploy-users-api.yml`;
    const original = read(yml);
    edit(yml, '    timeout-minutes: 30\n', '    timeout-minutes: 5\n');
    const line = lineOf(yml, 'timeout-minutes: 5');
    const run = await check();
    expect(run.code).toBe(1);
    // Not a step's lines, so no doc step is named.
    expect(workflowLines(run)).toContain(`${yml}:${line}:1: error Stale generated file \`${yml}\`: it differs from what \`${DOCS}/users-api.md\` generates [drift-stale]`);
    expect(run.stdout).toMatch(new RegExp(`\n@@ -\\d+,\\d+ \\+\\d+,\\d+ @@\n(?: .*\n)*-    timeout-minutes: 5\n\\+    timeout-minutes: 30\n`));

    const fix = await generate();
    expect(fix.stdout).toContain(`  updated  ${yml}\n`);
    expect(read(yml)).toBe(original);
  });

  it('hand-editing the lines of a step names that step', async () => {
    const yml = `${WORKFLOWS}/deploy-users-api.yml`;
    const doc = `${DOCS}/users-api.md`;
    edit(yml, 'run: npm test --prefix functions/users-api', 'run: npm test --prefix functions/users-api || true');
    const run = await check();
    expect(run.code).toBe(1);
    expect(workflowLines(run)).toContain(
      `${yml}:${lineOf(yml, '|| true')}:1: error Stale generated file \`${yml}\`: it differs from what \`${doc}\` generates (the differing lines come from step 6 at ${doc}:${lineOf(doc, '6. `npm test')}) [drift-stale]`,
    );
  });

  it('deleting a doc orphans its workflows: check reports them, generate removes them', async () => {
    rmSync(path.join(dir, DOCS, 'audit-bucket.md'));
    const run = await check();
    expect(run.code).toBe(1);
    for (const phase of ['deploy', 'delete']) {
      const yml = `${WORKFLOWS}/${phase}-audit-bucket.yml`;
      expect(workflowLines(run)).toContain(`${yml}:1:1: error Orphaned generated file \`${yml}\`: no doc generates it any more [drift-orphaned]`);
      // The orchestrator no longer calls it.
      expect(run.stdout).toContain(`-    uses: ./${WORKFLOWS}/${phase}-audit-bucket.yml\n`);
    }
    const fix = await generate();
    expect(fix.code, fix.stderr).toBe(0);
    expect(fix.stdout).toContain(`  removed  ${WORKFLOWS}/deploy-audit-bucket.yml\n`);
    expect(fix.stdout).toContain(`  removed  ${WORKFLOWS}/delete-audit-bucket.yml\n`);
    expect(existsSync(path.join(dir, WORKFLOWS, 'deploy-audit-bucket.yml'))).toBe(false);
    expect(existsSync(path.join(dir, WORKFLOWS, 'delete-audit-bucket.yml'))).toBe(false);
    expect(workflowLines(await check())).toEqual([]);
  });

  it('a file without the header in the workflows folder is never reported, changed or removed', async () => {
    const own = `name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n`;
    // Even named like a workflow docflow writes, and mentioning docflow below the first line.
    const lookalike = `name: deploy-legacy\n# generated by docflow from docs/components/legacy.md — do not edit.\non: workflow_dispatch\n`;
    write(`${WORKFLOWS}/ci.yml`, own);
    write(`${WORKFLOWS}/deploy-legacy.yml`, lookalike);
    const past = new Date('2001-02-03T04:05:06Z');
    for (const f of ['ci.yml', 'deploy-legacy.yml']) utimesSync(path.join(dir, WORKFLOWS, f), past, past);
    const run = await check();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/ci\.yml|deploy-legacy/);
    const gen = await generate();
    expect(gen.code).toBe(0);
    expect(gen.stdout + gen.stderr).not.toMatch(/ci\.yml|deploy-legacy/);
    expect(read(`${WORKFLOWS}/ci.yml`)).toBe(own);
    expect(read(`${WORKFLOWS}/deploy-legacy.yml`)).toBe(lookalike);
    for (const f of ['ci.yml', 'deploy-legacy.yml']) expect(statSync(path.join(dir, WORKFLOWS, f)).mtime.getTime()).toBe(past.getTime());
  });

  it('a missing generated file is reported, and generate creates it again', async () => {
    const yml = `${WORKFLOWS}/delete-users-table.yml`;
    const original = read(yml);
    rmSync(path.join(dir, yml));
    const run = await check();
    expect(run.code).toBe(1);
    expect(workflowLines(run)).toEqual([`${yml}:1:1: error Missing generated file \`${yml}\` (from \`${DOCS}/users-table.md\`) [drift-missing]`]);
    const fix = await generate();
    expect(fix.stdout).toContain(`  created  ${yml}\n`);
    expect(read(yml)).toBe(original);
  });

  it('a problem that does not change any workflow (an asymmetry) fails check but holds nothing back', async () => {
    const doc = `${DOCS}/users-table.md`;
    edit(doc, '### Deploy\n\n- `users-api` — reads the table\n', '### Deploy\n\nNone\n');
    const run = await check();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${doc}:21:1: error Missing \`users-api\` under Required By › Deploy: \`users-api\` lists \`users-table\` under Dependencies › Deploy [required-by-asymmetry]`);
    expect(workflowLines(run)).toEqual([]);
    const gen = await generate();
    expect(gen.code).toBe(1);
    expect(gen.stderr).not.toContain('not-generated');
    expect(gen.stdout).toMatch(/^generate: 0 created, 0 updated, \d+ unchanged, 0 removed\b/m);
  });

  it('an error in one doc: the other docs still generate, that doc\'s workflow is held back (not orphaned), exit 1', async () => {
    const broken = read(`${DOCS}/audit-bucket.md`).replace('2. Install SAM CLI', '2. Install whatever the bucket needs');
    write(`${DOCS}/audit-bucket.md`, broken);
    edit(`${DOCS}/users-api.md`, '`npm ci --prefix functions/users-api`', '`npm ci --prefix functions/users-api --no-audit`');
    const stepLine = lineOf(`${DOCS}/audit-bucket.md`, 'Install whatever');

    const run = await check();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${DOCS}/audit-bucket.md:${stepLine}:1: error Unrecognized step \`Install whatever the bucket needs\` in deploy workflow [unrecognized-step]`);
    // Held back: neither stale nor orphaned, and deploy-all (which would call it) is held back too.
    expect(workflowLines(run).filter((l) => /audit-bucket|deploy-all/.test(l))).toEqual([]);
    expect(workflowLines(run).some((l) => l.startsWith(`${WORKFLOWS}/deploy-users-api.yml:`))).toBe(true);

    const deployAll = read(`${WORKFLOWS}/deploy-all.yml`);
    const gen = await generate();
    expect(gen.code).toBe(1);
    expect(gen.stderr).toContain(`info Not generated: \`${WORKFLOWS}/deploy-audit-bucket.yml\` (fix the error reported for it first) [not-generated]`);
    expect(gen.stdout).toContain(`  updated  ${WORKFLOWS}/deploy-users-api.yml\n`);
    expect(gen.stdout).toMatch(/, 0 removed\b/);
    expect(gen.stdout).not.toMatch(/^\s+removed/m);
    expect(read(`${WORKFLOWS}/deploy-users-api.yml`)).toContain('--no-audit');
    expect(read(`${WORKFLOWS}/deploy-all.yml`)).toBe(deployAll);
    // The delete workflow of the same doc does not depend on the broken step: it is still generated.
    expect(existsSync(path.join(dir, WORKFLOWS, 'delete-audit-bucket.yml'))).toBe(true);
  });
});
