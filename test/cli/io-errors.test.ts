// A file system that refuses a write is a user's problem to fix, not a crash:
// `generate` names the path it could not write, writes nothing (no partial
// state) and exits 2.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../emit/support.js';
import { runCli, STACK_LINE } from '../helpers/cli.js';

describe('generate when a file cannot be written', () => {
  let dir = '';
  afterEach(() => removeCopy(dir));

  it('reports not-a-file for a folder at a generated path, writes nothing and exits 2', async () => {
    dir = copyProject('small');
    const blocked = '.github/workflows/deploy-all.yml';
    mkdirSync(path.join(dir, blocked), { recursive: true });
    const run = await runCli(['generate', '--root', dir, '--no-render']);
    expect(run.code).toBe(2);
    const shown = blocked.replace(/[.]/g, '\\.');
    expect(run.stderr).toMatch(new RegExp(`^${shown}:1:1: error Cannot write \`${shown}\`: a folder is there where docflow generates a file; nothing was written \\[not-a-file\\]$`, 'm'));
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(path.join(dir, '.github/workflows/delete-all.yml'))).toBe(false);
  });
});
