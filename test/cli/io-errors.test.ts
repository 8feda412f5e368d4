// A file system that refuses a write is a user's problem to fix, not a crash:
// `generate` names each file it could not write, writes the others, exits 1.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, removeCopy } from '../emit/support.js';
import { runCli, STACK_LINE } from '../helpers/cli.js';

describe('generate when a file cannot be written', () => {
  let dir = '';
  afterEach(() => removeCopy(dir));

  it('reports write-failed for that file, writes the rest and exits 1', async () => {
    dir = copyProject('small');
    const blocked = '.github/workflows/deploy-all.yml';
    // A folder where the file should go: even root cannot rename a file over it.
    mkdirSync(path.join(dir, blocked), { recursive: true });
    const run = await runCli(['generate', '--root', dir, '--no-render']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${blocked.replace(/[.]/g, '\\.')}:1:1: error Cannot write \`${blocked.replace(/[.]/g, '\\.')}\`: E[A-Z]+ \\[write-failed\\]$`, 'm'));
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(path.join(dir, '.github/workflows/delete-all.yml'))).toBe(true);
  });
});
