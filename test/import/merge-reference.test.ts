/**
 * `import --merge` on the reference repo (test/fixtures/reference-repo): a copy of its own
 * docs, written by hand in their own phrasing, with a third of their steps and dependency
 * and Required By entries removed, three values made stale and one `sam deploy` parameter
 * stripped of its source. The merge puts back what is missing (the source included), in
 * place; reports each planted conflict at its doc line with both values, and nothing else;
 * and every workflow without a planted conflict is equivalent to the hand-written one again.
 * A second merge changes nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScenarios } from '../helpers/sandbox/scenarios.js';
import { repoRoot } from '../helpers/world.js';
import { cleanup, cli, long, roundTrip, scratchCopy, snapshot, thinner } from './support.js';

const fixture = path.join(repoRoot, 'test/fixtures/reference-repo');
const scenarios = loadScenarios(path.join(fixture, 'sandbox/scenarios.yaml'));
const copies: string[] = [];
const docs = (repo: string) => path.join(repo, 'docs/components');
const original = new Map(readdirSync(docs(fixture)).filter((f) => f.endsWith('.md')).sort().map((f) => [f, readFileSync(path.join(docs(fixture), f), 'utf8')]));

/** The stale values planted after thinning: each is a conflict the merge must report at its line with both values. */
const STALE = [
  { file: 'docs-portal.md', from: /^`inkwell-docs-portal`$/m, to: '`inkwell-handbook`', report: /The doc's stack is `inkwell-handbook`, the workflows' is `inkwell-docs-portal`/, workflows: ['deploy-docs-portal', 'delete-docs-portal'] },
  { file: 'auth.md', from: '`UiOrigin` (from `https://` + vars.UI_DOMAIN)', to: '`UiOrigin` (from `http://` + vars.UI_DOMAIN)', report: /Parameter `UiOrigin` of step \d+ comes from `http:\/\/` \+ vars\.UI_DOMAIN, in the workflow from `https:\/\/` \+ vars\.UI_DOMAIN/, workflows: ['deploy-auth'] },
  { file: 'fn-notes-write.md', from: '`TableName` (from the `inkwell-users-table` stack output), `TableArn` (from the `inkwell-users-table` stack output), `SharedLayerArn`', to: '`TableName` (from the `inkwell-users-table` stack output), `SharedLayerArn`', report: /Step 7 does not pass parameter `TableArn`, the workflow passes it \(from steps\.lookup\.outputs\.table_arn\) \(\.github\/workflows\/deploy-fn-notes-write\.yaml:\d+\); left as the doc says/, workflows: ['deploy-fn-notes-write'] },
  { file: 'site-bucket.md', from: 'template: `templates/site-bucket.yaml`', to: 'template: `templates/bucket.yaml`', report: /Step \d+ uses template `templates\/bucket\.yaml`, the workflow `templates\/site-bucket\.yaml`/, workflows: ['deploy-site-bucket'] },
] as const;
/** A `sam deploy` parameter the doc names without a source: the merge adds the one the workflow passes. */
const SOURCELESS = { file: 'users-table.md', from: 'params: `Environment` (from inputs.target_env)', to: 'params: `Environment`' };
/**
 * Workflows that cannot be equivalent while import reports the web-ui deploy's `setup-node` npm
 * cache as unmapped (docs/import.md): the step imports without the cache, so the merge adds it
 * beside the doc's own. Once import maps the cache, they must be equivalent too. The branch
 * scenario skips the job.
 */
const CACHE_GAP = new Set(['deploy-web-ui', 'deploy-web-ui-without-invalidation', 'deploy-web-ui-production-from-a-tag', 'deploy-web-ui-content-updated']);
const cacheUnmapped = () => merged.stdout.includes('`with.cache` of actions/setup-node');
/** The workflows a planted conflict leaves as the doc says: the component's own, and the orchestrators that call them (held back while those docs have errors). */
const planted = new Set<string>([...STALE.flatMap((s) => s.workflows), 'deploy-all', 'delete-all']);

let repo = '';
let merged = { code: -1, stdout: '', stderr: '' };
let removed = { steps: 0, entries: 0, total: { steps: 0, entries: 0 } };
afterAll(() => cleanup(copies));

beforeAll(async () => {
  repo = scratchCopy(fixture, copies);
  const thin = thinner();
  for (const [file, text] of original) {
    const t = thin(text);
    removed = { steps: removed.steps + t.steps, entries: removed.entries + t.entries, total: { steps: removed.total.steps + t.total.steps, entries: removed.total.entries + t.total.entries } };
    let next = t.text;
    for (const stale of [...STALE, SOURCELESS].filter((s) => s.file === file)) {
      expect(next, `${file} still holds what is made stale`).toMatch(typeof stale.from === 'string' ? new RegExp(stale.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : stale.from);
      next = next.replace(stale.from, stale.to);
    }
    writeFileSync(path.join(docs(repo), file), next);
  }
  merged = await cli(repo, 'import', '--merge');
  const generated = await cli(repo, 'generate', '--adopt', '--no-render');
  if (process.env.IMPORT_SHOW) console.log(merged.stdout, generated.stdout, generated.stderr, (await cli(repo, 'check', '--no-cache')).stdout);
}, 180_000);

const conflicts = () => merged.stdout.split('\n').filter((l) => l.includes('[import-conflict]'));

describe('import --merge on the reference repo', () => {
  test('a third of the steps and entries were removed', () => {
    expect(removed.steps * 3).toBeGreaterThanOrEqual(removed.total.steps - 2);
    expect(removed.entries * 3).toBeGreaterThanOrEqual(removed.total.entries - 2);
    expect(removed.entries).toBeGreaterThan(0);
  });

  test('reports each planted conflict at the doc line that holds the stale value, and nothing else', () => {
    const found = conflicts();
    expect(found, merged.stdout).toHaveLength(STALE.length);
    for (const stale of STALE) {
      const line = found.find((l) => l.startsWith(`docs/components/${stale.file}:`));
      expect(line, `a conflict in ${stale.file}`).toMatch(stale.report);
      const at = Number(/:(\d+):\d+: warning /.exec(line!)![1]);
      expect(readFileSync(path.join(docs(repo), stale.file), 'utf8').split('\n')[at - 1], line).toContain(stale.to);
    }
  });

  test('adds the parameter source the workflow passes to the sam deploy step that lacked it', () => {
    expect(readFileSync(path.join(docs(repo), SOURCELESS.file), 'utf8')).toContain(SOURCELESS.from);
  });

  test('puts back every removed dependency and Required By entry', () => {
    const entries = (t: string) => t.split('\n').filter((l) => /^- `/.test(l)).map((l) => /^- `([^`]+)`/.exec(l)![1]).sort();
    for (const [file, text] of original) expect(entries(readFileSync(path.join(docs(repo), file), 'utf8')), file).toEqual(entries(text));
  });

  // A removed lookup whose values the doc still reads from the stack elsewhere (a parameter or `Env:` source) is not needed back.
  test('puts back a step for every removed one but a lookup the doc no longer needs, and leaves the stale values as the doc says', () => {
    const items = (t: string) => t.split('\n').filter((l) => /^\d+\. /.test(l));
    for (const [file, text] of original) {
      const now = items(readFileSync(path.join(docs(repo), file), 'utf8'));
      const lookups = items(text).filter((l) => /^\d+\. Look ?up /.test(l) && !now.includes(l)).length;
      expect(now.length + lookups, file).toBeGreaterThanOrEqual(items(text).length);
    }
    for (const stale of STALE) expect(readFileSync(path.join(docs(repo), stale.file), 'utf8')).toContain(stale.to);
  });

  test('a second merge changes nothing', async () => {
    const before = snapshot(repo);
    const again = await cli(repo, 'import', '--merge');
    expect(again.stdout).toContain('wrote 0 files');
    expect(snapshot(repo)).toEqual(before);
  });

  test('every workflow without a planted conflict is generated again (so the comparisons below compare generated workflows)', () => {
    for (const file of readdirSync(path.join(repo, '.github/workflows'))) {
      const base = file.replace(/\.yaml$/, '');
      // release and run-tests are the user's own; deploy-smoke-tests only calls run-tests (no job with steps), so import does not record it.
      if (planted.has(base) || ['release', 'run-tests', 'deploy-smoke-tests'].includes(base)) continue;
      expect(readFileSync(path.join(repo, '.github/workflows', file), 'utf8').startsWith('# generated by docflow'), file).toBe(true);
    }
  });

  for (const scenario of scenarios) {
    const name = scenario.name;
    const workflow = scenario.workflow.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (planted.has(workflow)) continue;
    test(`${name} is equivalent again${CACHE_GAP.has(name) ? ' once import maps the npm cache of setup-node' : ''}`, long, async () => {
      const result = await roundTrip(scenario, fixture, repo);
      expect(result.equivalent, result.report).toBe(!(CACHE_GAP.has(name) && cacheUnmapped()));
    });
  }
});
