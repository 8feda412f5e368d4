/**
 * The `run:` scripts of every built-in kind, as their kind-<id> goldens
 * generate them, pass shellcheck. (test/sandbox/aws-kinds.test.ts runs them.)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/world.js';
import { shellcheckFindings } from '../helpers/shellcheck.js';

type Step = { run?: string };

describe('shellcheck of the kind goldens', () => {
  const available = spawnSync('shellcheck', ['--version']).status === 0;
  if (!available && process.env.CI) throw new Error('shellcheck is required in CI (.ci/run installs it)');

  it.skipIf(!available)('finds nothing in any run: script of the kind-<id> goldens (every built-in kind)', () => {
    const dir = path.join(repoRoot, 'test/fixtures/emit');
    const scripts = new Set<string>();
    for (const name of readdirSync(dir).filter((n) => n.startsWith('kind-'))) {
      for (const file of readdirSync(path.join(dir, name, 'expected'))) {
        const wf = parse(readFileSync(path.join(dir, name, 'expected', file), 'utf8')) as { jobs: Record<string, { steps?: Step[] }> };
        for (const job of Object.values(wf.jobs)) for (const st of job.steps ?? []) if (st.run) scripts.add(st.run);
      }
    }
    expect(scripts.size).toBeGreaterThan(12);
    expect(shellcheckFindings(scripts)).toEqual([]);
  });
});
