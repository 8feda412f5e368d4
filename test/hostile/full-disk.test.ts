/**
 * A full disk, for real: the project lives on a tiny tmpfs that is then
 * filled up but one page. `generate` must fail with a diagnostic naming the
 * file and what to do, and leave every file as it was: no half-written
 * workflow, no temp file. Mounting needs root (CAP_SYS_ADMIN); without it the
 * test fails under CI and is skipped locally, under a title that says so.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, ftruncateSync, fstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_FILE } from '../../generators/drift/atomic.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/world.js';
import { snapshot } from './support.js';

/** Mounts a 512 KiB tmpfs on a fresh folder; null when this process may not mount. */
function mountTinyTmpfs(): string | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'docflow-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const mount = process.platform === 'linux' ? mountTinyTmpfs() : null;
if (!mount && process.env['CI']) {
  throw new Error('The full-disk test could not mount a tmpfs, and CI is set: it must not be skipped in CI. Run the tests as root (CAP_SYS_ADMIN).');
}
afterAll(() => {
  if (!mount) return;
  execFileSync('umount', [mount]);
  rmSync(mount, { recursive: true, force: true });
});

/** Fills the file system holding `dir` with one file, then frees `spare` bytes of it. */
function fillUp(dir: string, spare: number): void {
  const fd = openSync(path.join(dir, 'filler'), 'w');
  const chunk = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
  ftruncateSync(fd, Math.max(0, fstatSync(fd).size - spare));
  closeSync(fd);
}

describe.skipIf(!mount)('generate on a full disk (a real tmpfs; needs root to mount one)', () => {
  let root: string;
  beforeAll(() => {
    root = path.join(mount!, 'project');
    mkdirSync(root);
    // One component of the small project, with its template: a project that generates cleanly.
    for (const p of ['docs/components/audit-bucket.md', 'templates/audit-bucket.yaml']) cpSync(path.join(repoRoot, 'test/fixtures/projects/small', p), path.join(root, p));
    writeFileSync(path.join(root, 'package.json'), '{"name":"t","private":true}\n');
  });

  it('fails with a clear write-failed error, leaves every file intact and no temp file, and works once there is room', async () => {
    const first = await runCli(['generate', '--no-render', '--root', root]);
    expect(first.code, first.stderr).toBe(0);
    const doc = path.join(root, 'docs/components/audit-bucket.md');
    const text = readFileSync(doc, 'utf8');
    expect(text).toMatch(/^2\. Install SAM CLI$/m);
    // A step change in both workflows: both workflows and both diagrams change.
    writeFileSync(doc, text.replace(/^2\. Install SAM CLI$/gm, '2. Install SAM CLI `1.120.0`'));
    fillUp(mount!, 4096);
    const before = snapshot(root);

    // delete-audit-bucket.yml still fits in the free page and is staged; deploy-audit-bucket.yml does not.
    const full = await runCli(['generate', '--no-render', '--root', root]);
    expect(full.code).toBe(2);
    expect(full.stdout + full.stderr).toMatch(/^\.github\/workflows\/deploy-audit-bucket\.yml:1:1: error Cannot write `\.github\/workflows\/deploy-audit-bucket\.yml`: ENOSPC; nothing was written \[write-failed\]$/m);
    expect(full.stdout + full.stderr).toMatch(/disk is not full, then run generate again/);
    const after = snapshot(root);
    expect([...after.keys()].filter((p) => TEMP_FILE.test(path.basename(p)))).toEqual([]);
    expect(after).toEqual(before);

    rmSync(path.join(mount!, 'filler'));
    const roomy = await runCli(['generate', '--no-render', '--root', root]);
    expect(roomy.code, roomy.stderr).toBe(0);
    for (const phase of ['deploy', 'delete']) expect(readFileSync(path.join(root, `.github/workflows/${phase}-audit-bucket.yml`), 'utf8')).toContain('version: 1.120.0');
  });
});
