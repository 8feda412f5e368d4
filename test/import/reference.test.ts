/**
 * Round trip on the reference repo (test/fixtures/reference-repo, 26 workflows): its docs
 * deleted, `docflow import` writes them again, `generate --adopt` replaces the imported
 * workflows, and each scenario of the repo runs on both. The workflows that round-trip are
 * listed in ROUND_TRIPS; the others are named with the reason in docs/import.md and must
 * stay not equivalent until the gap is closed (so the list cannot silently go stale).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenarios, type Scenario } from '../helpers/sandbox/scenarios.js';
import { repoRoot } from '../helpers/world.js';
import { cleanup, cli, long, roundTrip, scratchCopy } from './support.js';

const fixture = path.join(repoRoot, 'test/fixtures/reference-repo');
const scenarios = loadScenarios(path.join(fixture, 'sandbox/scenarios.yaml')).map(dependentsGone);
const copies: string[] = [];
let repo = '';
let imported = { code: -1, stdout: '', stderr: '' };
afterAll(() => cleanup(copies));
beforeAll(async () => {
  repo = scratchCopy(fixture, copies, ['docs', 'docflow.config.yaml']);
  imported = await cli(repo, 'import');
  const generated = await cli(repo, 'generate', '--adopt', '--no-render');
  if (process.env.IMPORT_SHOW) console.log(imported.stdout, generated.stdout, generated.stderr);
}, 120_000);

/** The jobs of an orchestrator with their needs (job id = component id). */
function needsOf(file: string): Map<string, string[]> {
  const jobs = (parse(readFileSync(path.join(fixture, '.github/workflows', file), 'utf8')) as { jobs: Record<string, { needs?: string | string[] }> }).jobs;
  return new Map(Object.entries(jobs).map(([id, job]) => [id, job.needs === undefined ? [] : ([] as string[]).concat(job.needs)]));
}

/** Everything `id` transitively needs in `needs`. */
function closure(needs: Map<string, string[]>, id: string, seen = new Set<string>()): Set<string> {
  for (const n of needs.get(id) ?? []) if (!seen.has(n)) closure(needs, n, seen.add(n));
  return seen;
}

/**
 * A single `delete-<id>` run as an operator runs it: after everything that must go first
 * is gone (what delete-all runs before it, and what deploys after it), so the generated
 * delete guard, a read, passes. Both the hand-written and the generated workflow get it.
 */
function dependentsGone(scenario: Scenario): Scenario {
  const id = /^delete-(.+)\.yaml$/.exec(scenario.workflow)?.[1];
  if (!id || id === 'all') return scenario;
  const deploy = needsOf('deploy-all.yaml');
  const after = [...deploy.keys()].filter((other) => closure(deploy, other).has(id));
  const gone = new Set([...closure(needsOf('delete-all.yaml'), id), ...after]);
  return {
    ...scenario,
    run: (repo) => {
      const run = scenario.run(repo);
      const stacks = Object.fromEntries(Object.entries(run.aws?.stacks ?? {}).filter(([name]) => ![...gone].some((g) => name === `inkwell-${g}`)));
      return { ...run, aws: { ...run.aws, stacks } };
    },
  };
}

/** Scenarios whose generated workflow is equivalent to the hand-written one (docs/import.md lists why the others are not). */
const ROUND_TRIPS = new Set<string>([
  'delete-acm-certificate',
  'deploy-api',
  'deploy-auth',
  'deploy-shared-layer',
  'delete-all',
  'delete-api',
  'delete-auth',
  'delete-cdn',
  'delete-docs-portal',
  'delete-fn-notes-list',
  'delete-fn-notes-write',
  'delete-shared-layer',
  'delete-site-bucket',
  'delete-site-bucket-already-gone',
  'delete-users-table',
  'deploy-acm-certificate',
  'deploy-fn-notes-list',
  'deploy-fn-notes-list-called',
  'deploy-fn-notes-write',
  'deploy-fn-notes-write-cold-start',
  'deploy-fn-notes-write-deploy-fails',
  'deploy-site-bucket',
  'deploy-smoke-tests',
  'deploy-users-table',
  'deploy-users-table-under-act',
  'deploy-web-ui-production-from-a-branch',
  'release',
  'run-tests',
]);

describe('reference repo import round trip', () => {
  test('imports the 21 component workflows and the two orchestrators into 12 docs, and lists the rest', () => {
    expect(imported.stdout).toContain('imported 23 workflows into 12 docs');
    expect(imported.stdout).toContain('release.yaml:1:1: warning `release.yaml` is not a `deploy-<id>`/`delete-<id>` workflow');
    expect(readFileSync(path.join(repo, 'docflow.import.json'), 'utf8')).toContain('.github/workflows/deploy-cdn.yaml');
  });

  test('check after import and generate --adopt: no doc errors, only the SVGs a run without a browser leaves', async () => {
    const check = await cli(repo, 'check', '--no-cache');
    const findings = check.stdout.split('\n').filter((l) => /: (error|warning) /.test(l));
    expect(findings.filter((l) => !/\.svg:1:1: error Missing rendered diagram .* \[drift-missing\]$/.test(l))).toEqual([]);
  });

  test('--dry-run writes nothing and prints the docs it would write', async () => {
    const fresh = scratchCopy(fixture, copies, ['docs', 'docflow.config.yaml']);
    const dry = await cli(fresh, 'import', '--dry-run');
    expect(dry.stdout).toContain('--- would write docs/components/cdn.md\n# cdn\n');
    expect(dry.stdout).toContain('--- would write docflow.config.yaml');
    expect(dry.stdout).toMatch(/; would write 14 files;/);
    expect(existsSync(path.join(fresh, 'docs')) || existsSync(path.join(fresh, 'docflow.config.yaml')) || existsSync(path.join(fresh, 'docflow.import.json'))).toBe(false);
  });

  for (const scenario of scenarios) {
    test(`${scenario.name}`, long, async () => {
      const result = await roundTrip(scenario, fixture, repo);
      if (process.env.IMPORT_SHOW) console.log(`${result.equivalent ? 'EQUIVALENT' : 'DIFFERENT'} ${scenario.name}\n${result.equivalent ? '' : result.report}`);
      expect(result.equivalent, result.report).toBe(ROUND_TRIPS.has(scenario.name));
    });
  }
});
