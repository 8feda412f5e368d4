/**
 * `import --merge` (test/fixtures/import/second-style): docs imported, then a third of their
 * steps and dependency entries removed and two values made stale. The merge puts back what
 * is missing, in place, reports each planted conflict at its doc line with both values, and
 * every workflow without a planted conflict is equivalent to the hand-written one again.
 * `--dry-run` writes nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenarios } from '../helpers/sandbox/scenarios.js';
import { repoRoot } from '../helpers/world.js';
import { cleanup, cli, long, roundTrip, scratchCopy, snapshot, thinner } from './support.js';

const fixture = path.join(repoRoot, 'test/fixtures/import/second-style');
const scenarios = loadScenarios(path.join(fixture, 'sandbox/scenarios.yaml'));
const copies: string[] = [];
const docs = (repo: string) => path.join(repo, 'docs/components');
let repo = '';
let full = new Map<string, string>();
let merged = { code: -1, stdout: '', stderr: '' };
let stale = '';
let removed = { steps: 0, entries: 0, total: { steps: 0, entries: 0 } };
afterAll(() => cleanup(copies));

const thin = thinner();

beforeAll(async () => {
  repo = scratchCopy(fixture, copies);
  await cli(repo, 'import');
  full = new Map(readdirSync(docs(repo)).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(path.join(docs(repo), f), 'utf8')]));
  for (const [file, text] of full) {
    let t = thin(text);
    removed = { steps: removed.steps + t.steps, entries: removed.entries + t.entries, total: { steps: removed.total.steps + t.total.steps, entries: removed.total.entries + t.total.entries } };
    let next = t.text;
    // Two stale values: alarms' stack, and a flag of the first deploy script left that grants CAPABILITY_IAM.
    if (file === 'alarms.md') next = next.replace('`ledger-alarms`\n', '`ledger-alerts`\n');
    if (!stale && next.includes('--capabilities CAPABILITY_IAM')) {
      stale = file.replace(/\.md$/, '');
      next = next.replace('--capabilities CAPABILITY_IAM', '--capabilities CAPABILITY_NAMED_IAM');
    }
    writeFileSync(path.join(docs(repo), file), next);
  }
  const before = snapshot(repo);
  const dry = await cli(repo, 'import', '--merge', '--dry-run');
  expect(snapshot(repo), 'a dry run writes nothing').toEqual(before);
  expect(dry.stdout).toContain('+++ b/docs/components/api-service.md');
  merged = await cli(repo, 'import', '--merge');
  const generated = await cli(repo, 'generate', '--adopt', '--no-render');
  expect(generated.code, generated.stdout + generated.stderr).toBeLessThan(2);
}, 180_000);

describe('import --merge', () => {
  test('a third of the steps and entries were removed', () => {
    expect(removed.steps * 3).toBeGreaterThanOrEqual(removed.total.steps - 2);
    expect(removed.entries * 3).toBeGreaterThanOrEqual(removed.total.entries - 2);
    expect(removed.steps).toBeGreaterThan(0);
    expect(removed.entries).toBeGreaterThan(0);
  });

  test('reports each planted conflict at its doc line with both values, and only those', () => {
    const conflicts = merged.stdout.split('\n').filter((l) => l.includes('[import-conflict]'));
    expect(conflicts).toHaveLength(2);
    expect(conflicts[0]).toMatch(/^docs\/components\/alarms\.md:\d+:1: warning The doc's stack is `ledger-alerts`, the workflows' is `ledger-alarms`/);
    expect(stale).not.toBe('');
    expect(conflicts[1]).toContain(`docs/components/${stale}.md:`);
    expect(conflicts[1]).toMatch(/:\d+:1: warning Step \d+ `[^`]+` runs `--capabilities CAPABILITY_NAMED_IAM \\` .*, the workflow `--capabilities CAPABILITY_IAM \\`/);
    const alarms = readFileSync(path.join(docs(repo), 'alarms.md'), 'utf8');
    expect(alarms.split('\n')[Number(/alarms\.md:(\d+)/.exec(conflicts[0]!)![1]) - 1]).toBe('`ledger-alerts`');
  });

  test('puts back every removed step and entry, and leaves the conflicts as the doc says', () => {
    for (const [file, text] of full) {
      const now = readFileSync(path.join(docs(repo), file), 'utf8');
      const items = (t: string) => t.split('\n').filter((l) => /^\d+\. |^- `/.test(l)).map((l) => l.replace(/^\d+\. /, '')).sort();
      expect(items(now), file).toEqual(items(text));
    }
    expect(readFileSync(path.join(docs(repo), `${stale}.md`), 'utf8')).toContain('CAPABILITY_NAMED_IAM');
  });

  test('a second merge changes nothing', async () => {
    const before = snapshot(repo);
    const again = await cli(repo, 'import', '--merge');
    expect(again.stdout).toContain('wrote 0 files');
    expect(snapshot(repo)).toEqual(before);
  });

  // The workflow whose doc holds the stale flag keeps it; every other one is equivalent again.
  for (const scenario of scenarios) {
    test(`${scenario.name} round-trips unless its doc holds the planted stale flag`, long, async () => {
      const result = await roundTrip(scenario, fixture, repo);
      expect(result.equivalent, result.report).toBe(scenario.name !== `deploy-${stale}`);
    });
  }
});
