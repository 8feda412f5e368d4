/** `docflow fix` through the CLI: --dry-run writes nothing and prints the diff; --only is validated; a second run is a no-op. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { snapshotTree } from '../helpers/tree.js';
import { repoRoot } from '../helpers/world.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'docflow-fix-'));
cpSync(path.join(repoRoot, 'test/fixtures/fix/corpus/docs'), path.join(dir, 'docs'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('docflow fix (CLI)', () => {
  it('--dry-run prints a unified diff and writes nothing', async () => {
    const before = snapshotTree(dir);
    const run = await runCli(['fix', '--dry-run', '--root', dir]);
    expect(snapshotTree(dir)).toEqual(before);
    expect(run.stdout).toContain('--- a/docs/components/http-api.md\n+++ b/docs/components/http-api.md\n');
    expect(run.stdout).toMatch(/^\+- `delete-func-api-\*` — delete order follows deploy order$/m);
    expect(run.stdout).toMatch(/^71 repairs; would change 23 docs$/m);
    expect(run.code).toBe(0);
  });

  it('rejects an --only that is not a repaired rule', async () => {
    const run = await runCli(['fix', '--only', 'dependency-cycle', '--root', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`--only dependency-cycle` is not a rule fix repairs');
  });

  it('writes the fixes, and a second run changes nothing', async () => {
    const first = await runCli(['fix', '--root', dir]);
    expect(first.stdout).toMatch(/changed 23 docs/);
    const after = snapshotTree(dir);
    const second = await runCli(['fix', '--root', dir]);
    expect(second.stdout).toMatch(/^0 repairs; changed 0 docs/m);
    expect(snapshotTree(dir)).toEqual(after);
  });
});
