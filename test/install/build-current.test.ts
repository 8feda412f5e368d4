/**
 * out/lib is committed, so that a git install runs no build. It must be
 * exactly what `npm run build` makes of generators/ now (tsc, then
 * out/lib/build.js: the prebuilt validators and the build id): the same
 * files, byte for byte, and none left over from a module that is gone.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/world.js';

// Inside the repo (out/ is scratch apart from out/lib), so the build finds docflow's package.json, schemas and node_modules.
const fresh = path.join(repoRoot, 'out', `build-check-${process.pid}`);
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
  rmSync(fresh, { recursive: true, force: true });
  execFileSync(process.execPath, [tsc, '-p', path.join(repoRoot, 'tsconfig.json'), '--outDir', fresh], { cwd: repoRoot, stdio: 'pipe' });
  execFileSync(process.execPath, [path.join(fresh, 'build.js')], { cwd: repoRoot, stdio: 'pipe' });
  const committed = path.join(repoRoot, 'out/lib');
  const expected = files(fresh);
  expect(expected).toContain('cli/main.js');
  expect(files(committed)).toEqual(expected);
  const stale = expected.filter((rel) => readFileSync(path.join(fresh, rel), 'utf8') !== readFileSync(path.join(committed, rel), 'utf8'));
  expect(stale).toEqual([]);
}, 120_000);
