/**
 * out/lib is committed, so that a git install runs no build. It must be
 * exactly what `tsc` makes of generators/ now: the same files, byte for byte,
 * and none left over from a module that is gone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/world.js';

const fresh = mkdtempSync(path.join(tmpdir(), 'docflow-build-'));
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

it('the committed out/lib is the build of the current sources (run `npm run build` and commit out/lib if not)', () => {
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(repoRoot, 'tsconfig.json'), '--outDir', fresh], { cwd: repoRoot, stdio: 'pipe' });
  const committed = path.join(repoRoot, 'out/lib');
  const expected = files(fresh);
  expect(expected).toContain('cli/main.js');
  expect(files(committed)).toEqual(expected);
  const stale = expected.filter((rel) => readFileSync(path.join(fresh, rel), 'utf8') !== readFileSync(path.join(committed, rel), 'utf8'));
  expect(stale).toEqual([]);
}, 120_000);
