/** Helpers shared by tests that work on temp copies and golden folders. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import path from 'node:path';

/** Every file under `dir` (except node_modules, where the lint cache lives) with its bytes. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.name === 'node_modules') continue;
      if (e.isDirectory()) walk(p);
      else out.set(p, readFileSync(path.join(dir, p), 'latin1'));
    }
  };
  walk('');
  return out;
}

/**
 * Runs every check and then throws the first failure, so one run of a golden
 * case writes (or shows) every difference instead of stopping at the first.
 */
export function collectFailures(): { attempt(fn: () => void): void; rethrow(): void } {
  const failures: unknown[] = [];
  return {
    attempt(fn) {
      try {
        fn();
      } catch (e) {
        failures.push(e);
      }
    },
    rethrow() {
      if (failures.length > 0) throw failures[0];
    },
  };
}

/** Read, write and edit files under the folder `root()` returns (a temp copy that changes per test). */
export function fileEditor(root: () => string) {
  const read = (rel: string): string => readFileSync(path.join(root(), rel), 'utf8');
  const write = (rel: string, text: string): void => writeFileSync(path.join(root(), rel), text);
  /** Replaces exactly one occurrence of `from` in a file. */
  const edit = (rel: string, from: string, to: string): void => {
    const text = read(rel);
    expect(text.split(from).length, `${rel} should contain ${from} once`).toBe(2);
    write(rel, text.replace(from, to));
  };
  return { read, write, edit };
}
