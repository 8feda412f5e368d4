/**
 * Faults of the process, proven on real child processes: `generate` SIGKILLed
 * at random moments (30 times, seeded) leaves every output old or new, never
 * partial, and the next run sweeps any temp file it left; two runs at once
 * are serialized by the lock and end with correct files; a stale lock from
 * a killed run is taken over.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_FILE } from '../../generators/drift/atomic.js';
import { LOCK_NAME } from '../../generators/drift/lock.js';
import { ensureBuilt } from '../helpers/cli.js';
import { repoRoot } from '../helpers/world.js';
import { snapshot } from './support.js';

const OUT = ['.github/workflows', 'docs/components/images'];
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(runner: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'docflow-kill-'));
  made.push(root);
  cpSync(path.join(repoRoot, 'docs/components'), path.join(root, 'docs/components'), { recursive: true, filter: (src) => !src.includes(`${path.sep}images`) });
  cpSync(path.join(repoRoot, 'cloudformation'), path.join(root, 'cloudformation'), { recursive: true });
  writeFileSync(path.join(root, 'docflow.config.yaml'), `stackPrefix: firefly\nrunner: ${runner}\npaths: { stackTemplates: 'cloudformation/{id}.yaml' }\n`);
  return root;
}

/** Starts `docflow generate --no-render`; resolves with its exit code (or signal). */
function generate(root: string, killAfterMs?: number): Promise<{ code: number | null; signal: string | null; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/docflow.js'), 'generate', '--no-render', '--root', root], { stdio: 'ignore', env: { PATH: process.env.PATH ?? '' } });
  if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started })));
}

/** Output files (path → bytes) under root. */
function outputs(root: string): Map<string, string> {
  return new Map([...snapshot(root)].filter(([p]) => OUT.some((d) => p.startsWith(`${d}/`))));
}

function restore(root: string, files: Map<string, string>): void {
  for (const d of OUT) rmSync(path.join(root, d), { recursive: true, force: true });
  for (const [p, text] of files) {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), text, 'latin1');
  }
}

const tempFiles = (root: string) => OUT.flatMap((d) => readdirSync(path.join(root, d)).filter((n) => TEMP_FILE.test(n)));

/** mulberry32: the kill moments are random but the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('generate under SIGKILL and concurrency', () => {
  let root = '';
  let oldFiles = new Map<string, string>();
  let newFiles = new Map<string, string>();
  let runMs = 0;

  beforeAll(async () => {
    ensureBuilt();
    root = project('ubuntu-22.04');
    expect((await generate(root)).code).toBe(0);
    oldFiles = outputs(root);
    writeFileSync(path.join(root, 'docflow.config.yaml'), "stackPrefix: firefly\nrunner: ubuntu-24.04\npaths: { stackTemplates: 'cloudformation/{id}.yaml' }\n");
    const reference = project('ubuntu-24.04');
    const run = await generate(reference);
    expect(run.code).toBe(0);
    runMs = run.ms;
    newFiles = outputs(reference);
    // Every workflow changes with the runner: a kill can land among many writes.
    expect([...newFiles].filter(([p, t]) => oldFiles.get(p) !== t).length).toBeGreaterThan(20);
  }, 120_000);

  it('leaves every output old or new when killed at 30 random moments', async () => {
    const random = prng(9);
    for (let i = 0; i < 30; i++) {
      restore(root, oldFiles);
      const run = await generate(root, Math.floor(random() * runMs * 1.2));
      const now = outputs(root);
      for (const [p] of newFiles) expect([oldFiles.get(p), newFiles.get(p)], `${p} after kill ${i}`).toContain(now.get(p));
      for (const [p] of now) if (!TEMP_FILE.test(path.basename(p))) expect(newFiles.has(p) || oldFiles.has(p), p).toBe(true);
      // A killed run's lock goes stale after its timeout; here it is removed instead of waited for.
      if (run.signal) rmSync(path.join(root, LOCK_NAME), { recursive: true, force: true });
    }
    // The next run sweeps what a killed run left and brings everything up to date.
    expect((await generate(root)).code).toBe(0);
    expect(tempFiles(root)).toEqual([]);
    expect(outputs(root)).toEqual(newFiles);
  }, 600_000);

  it('serializes two runs at once with the lock, and both end with correct files', async () => {
    restore(root, oldFiles);
    const [a, b] = await Promise.all([generate(root), generate(root)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(outputs(root)).toEqual(newFiles);
    expect(tempFiles(root)).toEqual([]);
    expect(readdirSync(root)).not.toContain(LOCK_NAME);
  }, 120_000);

  it('takes over a stale lock left by a killed run', async () => {
    restore(root, oldFiles);
    mkdirSync(path.join(root, LOCK_NAME));
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, LOCK_NAME), old, old);
    expect((await generate(root)).code).toBe(0);
    expect(outputs(root)).toEqual(newFiles);
  }, 120_000);
});
