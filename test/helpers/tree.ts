/** Helpers shared by tests that work on temp copies and golden folders. */
import { readdirSync, readFileSync } from 'node:fs';
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
