/**
 * The pre-commit hook in real git repositories: installed by `docflow hooks
 * install` (never over a foreign hook), run by `git commit`, it regenerates
 * from the staged docs, stages exactly the generated files that changed,
 * refuses a commit whose docs have errors, and leaves unstaged work alone,
 * including the unstaged half of a partially staged doc.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/cli.js';
import { repoRoot } from '../helpers/world.js';
import { runAsync } from '../helpers/spawn.js';

let repo: string;
const home = mkdtempSync(path.join(tmpdir(), 'docflow-hook-home-'));
const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: home, XDG_CACHE_HOME: path.join(home, '.cache') };
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
const docflow = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'bin/docflow.js'), ...args], { cwd: repo, env, encoding: 'utf8' });
/** `git args` without blocking the test worker (a commit runs the hook). */
function gitTry(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return runAsync('git', args, repo, env);
}
const read = (p: string) => readFileSync(path.join(repo, p), 'utf8');
const write = (p: string, text: string) => writeFileSync(path.join(repo, p), text);
const staged = () => git('diff', '--cached', '--name-only').split('\n').filter(Boolean).sort();
const status = () => git('status', '--porcelain');

beforeAll(() => ensureBuilt());
beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'docflow-hook-'));
  git('init', '-q', '-b', 'main');
  for (const p of ['docflow.config.yaml', 'docs/components', '.github/workflows', 'cloudformation']) cpSync(path.join(repoRoot, p), path.join(repo, p), { recursive: true });
  write('README.md', 'hello\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'initial');
  const r = docflow('hooks', 'install');
  expect(r.status, r.stderr).toBe(0);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const OVERVIEW = /## Overview\s*\n/;
const DOC = 'docs/components/dynamodb-users.md';

describe('docflow hooks install', { timeout: 300_000 }, () => {
  it('installs once, is idempotent, and refuses to replace a hook it did not write', () => {
    expect(read('.git/hooks/pre-commit')).toContain('docflow hooks pre-commit');
    expect(docflow('hooks', 'install').stdout).toMatch(/already installed/);
    write('.git/hooks/pre-commit', '#!/bin/sh\necho mine\n');
    const r = docflow('hooks', 'install');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not written by docflow/);
    expect(read('.git/hooks/pre-commit')).toBe('#!/bin/sh\necho mine\n');
  });
});

describe('the pre-commit hook', { timeout: 300_000 }, () => {
  it('does nothing when no doc, template or config is staged', async () => {
    write('README.md', 'changed\n');
    git('add', 'README.md');
    const r = await gitTry('commit', '-q', '-m', 'readme');
    expect(r.status, r.stderr).toBe(0);
    expect(git('show', '--name-only', '--format=', 'HEAD').trim()).toBe('README.md');
  });

  it('stages exactly the regenerated files, and leaves unstaged files alone', async () => {
    // A workflow-visible change: the deploy workflow's summary carries the failure table.
    write(DOC, read(DOC).replace('| --- | --- | --- |\n', '| --- | --- | --- |\n| Throttled | Too many writes | Retry later |\n'));
    write('README.md', 'unstaged edit\n');
    writeFileSync(path.join(repo, 'untracked.txt'), 'untracked\n');
    git('add', DOC);
    const r = await gitTry('commit', '-q', '-m', 'doc');
    expect(r.status, r.stderr).toBe(0);
    const committed = git('show', '--name-only', '--format=', 'HEAD').split('\n').filter(Boolean).sort();
    expect(committed).toContain(DOC);
    expect(committed).toContain('.github/workflows/deploy-dynamodb-users.yml');
    expect(committed.every((p) => p === DOC || p.startsWith('.github/workflows/') || p.startsWith('docs/components/images/'))).toBe(true);
    expect(committed).not.toContain('README.md');
    // The work tree got the regenerated files too, and the unstaged edit and untracked file are as they were.
    expect(status().split('\n').filter(Boolean).sort()).toEqual([' M README.md', '?? untracked.txt']);
    expect(read('README.md')).toBe('unstaged edit\n');
    const check = docflow('check');
    expect(check.status, check.stdout).toBe(0);
  });

  it('stages the regenerated components index when a doc change changes it', async () => {
    // The index shows each component's first Overview sentence.
    write(DOC, read(DOC).replace('Provisions the DynamoDB table that serves', 'Provisions the one DynamoDB table that serves'));
    git('add', DOC);
    const r = await gitTry('commit', '-q', '-m', 'purpose');
    expect(r.status, r.stderr).toBe(0);
    const committed = git('show', '--name-only', '--format=', 'HEAD').split('\n').filter(Boolean).sort();
    expect(committed).toContain('docs/components/index.md');
    expect(git('show', 'HEAD:docs/components/index.md')).toContain('Provisions the one DynamoDB table that serves');
    expect(read('docs/components/index.md')).toContain('Provisions the one DynamoDB table that serves');
    expect(status()).toBe('');
    const check = docflow('check');
    expect(check.status, check.stdout).toBe(0);
  });

  it('generates from the staged half of a partially staged doc and keeps the unstaged half unstaged', async () => {
    const original = read(DOC);
    const stagedText = original.replace('| --- | --- | --- |\n', '| --- | --- | --- |\n| Throttled | Too many writes | Retry later |\n');
    write(DOC, stagedText);
    git('add', DOC);
    const unstagedText = stagedText.replace(OVERVIEW, '## Overview\n\nAn unstaged sentence.\n\n');
    write(DOC, unstagedText);
    const r = await gitTry('commit', '-q', '-m', 'partial');
    expect(r.status, r.stderr).toBe(0);
    expect(git('show', `HEAD:${DOC}`)).toBe(stagedText);
    expect(read(DOC)).toBe(unstagedText);
    expect(status()).toBe(` M ${DOC}\n`);
    expect(git('show', 'HEAD:.github/workflows/deploy-dynamodb-users.yml')).toContain('Throttled');
  });

  it('refuses a commit whose staged docs have errors, with the diagnostics, and stages nothing', async () => {
    write(DOC, read(DOC).replace('## Dependencies', '## Dependencies\n\n### Deploy\n\n- `no-such-thing`\n'));
    git('add', DOC);
    const r = await gitTry('commit', '-q', '-m', 'broken');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/docs\/components\/dynamodb-users\.md:\d+:\d+: error .*\[/);
    expect(r.stderr).toMatch(/commit refused/);
    expect(staged()).toEqual([DOC]);
    expect(git('log', '--format=%s')).not.toMatch(/broken/);
  });

  it('leaves a generated file with unstaged hand edits alone in the work tree while staging the regenerated one', async () => {
    const wf = '.github/workflows/deploy-dynamodb-users.yml';
    write(wf, read(wf) + '# my local experiment\n');
    write(DOC, read(DOC).replace('| --- | --- | --- |\n', '| --- | --- | --- |\n| Throttled | Too many writes | Retry later |\n'));
    git('add', DOC);
    chmodSync(path.join(repo, '.git/hooks/pre-commit'), 0o755);
    const r = await gitTry('commit', '-q', '-m', 'doc');
    expect(r.status, r.stderr).toBe(0);
    expect(git('show', `HEAD:${wf}`)).toContain('Throttled');
    expect(read(wf)).toMatch(/# my local experiment\n$/);
    expect(read(wf)).not.toContain('Throttled');
  });
});
