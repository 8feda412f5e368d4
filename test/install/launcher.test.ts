/**
 * A copy of docflow that lost its committed build (out/lib) says what
 * happened and how to restore it, and exits 2, instead of a module-not-found
 * stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/world.js';

it('explains a missing build and exits 2', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'docflow-unbuilt-'));
  try {
    mkdirSync(path.join(dir, 'bin'));
    cpSync(path.join(repoRoot, 'bin/docflow.js'), path.join(dir, 'bin/docflow.js'));
    cpSync(path.join(repoRoot, 'package.json'), path.join(dir, 'package.json'));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin/docflow.js'), 'check'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^docflow: its compiled code \(out\/lib\) is missing/);
    expect(r.stderr).toMatch(/npm run build/);
    expect(r.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|at /);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
