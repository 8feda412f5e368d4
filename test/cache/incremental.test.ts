/**
 * The incremental cache: a run whose inputs and generated files did not
 * change is answered from it, and no state of the cache, corrupt, truncated,
 * stale or from another project state, ever changes what a command prints or
 * returns: every cached run is compared with the same run under `--no-cache`.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../generators/cache/sync.js';
import { type CliRun, runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/world.js';

let root: string;
const HIT = /answered from the cache|nothing to do/;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'docflow-cache-'));
  writeFileSync(path.join(root, 'package.json'), '{"name":"cache-test","private":true}\n');
  for (const p of ['docflow.config.yaml', 'docs/components', '.github/workflows', 'cloudformation']) cpSync(path.join(repoRoot, p), path.join(root, p), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (command: string, ...extra: string[]) => runCli([command, '--root', root, '--verbose', ...extra]);
/** The verbose line of a run that used the parse and emit caches. */
const INCREMENTAL = /^(check|generate): \d+ docs? parsed, \d+ from the cache/;
const withoutHitNote = (r: CliRun) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => !HIT.test(l) && !INCREMENTAL.test(l)).join('\n') });

/** Runs `command` with the cache and with `--no-cache`; they must agree. Returns whether the cache answered. */
async function agrees(command: string, ...extra: string[]): Promise<boolean> {
  const cached = await run(command, ...extra);
  const cold = await run(command, '--no-cache', ...extra);
  expect(withoutHitNote(cached)).toEqual(withoutHitNote(cold));
  return HIT.test(cached.stderr);
}

/** Every file under the cache folder. */
function cacheFiles(): string[] {
  const dir = cacheDirFor(root);
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('the incremental cache', { timeout: 300_000 }, () => {
  it('lives in node_modules/.cache/docflow, outside the docs and generated folders', async () => {
    await run('generate', '--no-render');
    expect(cacheDirFor(root)).toBe(path.join(root, 'node_modules', '.cache', 'docflow'));
    expect(cacheFiles().length).toBeGreaterThan(0);
  });

  it('answers a no-change check and generate, with the same output as a cold run', async () => {
    await run('generate', '--no-render');
    expect(await agrees('check')).toBe(true);
    expect(await agrees('check', '--format', 'json')).toBe(true);
    expect(await agrees('generate', '--no-render')).toBe(true);
  });

  it('is not used after a doc, the config or a template changes, or a generated file is edited', async () => {
    await run('generate', '--no-render');
    const doc = path.join(root, 'docs/components/dynamodb-users.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('## Overview', '## Overview\n\nOne more sentence.'));
    expect(await agrees('check')).toBe(false);
    await run('generate', '--no-render');
    expect(await agrees('check')).toBe(true);

    const workflow = path.join(root, '.github/workflows/deploy-dynamodb-users.yml');
    writeFileSync(workflow, readFileSync(workflow, 'utf8') + '# edited by hand\n');
    expect(await agrees('check')).toBe(false);
    expect((await run('check')).code).toBe(1);

    const config = path.join(root, 'docflow.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('timeoutMinutes: 30', 'timeoutMinutes: 31'));
    expect(await agrees('check')).toBe(false);

    writeFileSync(path.join(root, 'templates-x.txt'), 'not a template');
    cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
    await run('generate', '--no-render');
    expect(await agrees('check')).toBe(true);
    const template = path.join(root, 'templates/workflow/component.yml.hbs');
    writeFileSync(template, readFileSync(template, 'utf8') + '\n');
    expect(await agrees('check')).toBe(false);
  });

  it('never changes the output when poisoned: garbage, truncation, swapped-in records from other states', async () => {
    await run('generate', '--no-render');
    expect(await agrees('check')).toBe(true);
    const good = new Map(cacheFiles().map((f) => [f, readFileSync(f)]));

    // Another in-sync state, recorded, then swapped in for the good state (and back).
    const doc = path.join(root, 'docs/components/http-api.md');
    const original = readFileSync(doc, 'utf8');
    const other = original.replace('## Overview', '## Overview\n\nAnother state.');
    writeFileSync(doc, other);
    await run('generate', '--no-render');
    expect(await agrees('check')).toBe(true);
    const bad = new Map(cacheFiles().map((f) => [f, readFileSync(f)]));
    expect([...bad].some(([f, bytes]) => !good.get(f)?.equals(bytes))).toBe(true);
    writeFileSync(doc, original);
    for (const [f, bytes] of bad) writeFileSync(f, bytes);
    expect(await agrees('check')).toBe(false);
    for (const [f, bytes] of good) writeFileSync(f, bytes);
    writeFileSync(doc, other);
    expect(await agrees('check')).toBe(false);
    writeFileSync(doc, original);

    // Garbage and truncation in every cache file.
    for (const poison of [(b: Buffer) => Buffer.from('garbage'), (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)), (b: Buffer) => Buffer.from(b.toString('latin1').replace(/error|warning/g, 'info'), 'latin1')]) {
      await run('generate', '--no-render');
      for (const f of cacheFiles()) if (statSync(f).size > 0) writeFileSync(f, poison(readFileSync(f)));
      await agrees('check');
      await agrees('generate', '--no-render');
    }
  });

  it('never changes the output when it holds the records of another config or template', async () => {
    const config = path.join(root, 'docflow.config.yaml');
    const template = path.join(root, 'templates/workflow/component.yml.hbs');
    cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
    const configText = readFileSync(config, 'utf8');
    const templateText = readFileSync(template, 'utf8');
    // Each variant changes what every component workflow holds.
    const variants = [
      { apply: () => writeFileSync(config, configText.replace('timeoutMinutes: 30', 'timeoutMinutes: 31')), revert: () => writeFileSync(config, configText) },
      { apply: () => writeFileSync(template, templateText.replace('cancel-in-progress: false', 'cancel-in-progress: true')), revert: () => writeFileSync(template, templateText) },
    ];
    const generated = () => new Map(['.github/workflows', 'docs/components/images'].flatMap((d) => readdirSync(path.join(root, d)).map((n) => [`${d}/${n}`, readFileSync(path.join(root, d, n), 'utf8')] as const)));
    /** With `records` swapped in (the disk holding the other state's outputs), check agrees with --no-cache, and generate writes `expected`. */
    const withRecords = async (records: Map<string, Buffer>, expected: Map<string, string>) => {
      const swapIn = () => records.forEach((bytes, f) => writeFileSync(f, bytes));
      swapIn();
      expect(await agrees('check')).toBe(false);
      swapIn();
      await run('generate', '--no-render');
      expect(generated()).toEqual(expected);
      expect((await run('check', '--no-cache')).code).toBe(0);
    };
    for (const variant of variants) {
      await run('generate', '--no-render');
      expect(await agrees('check')).toBe(true);
      const goodDisk = generated();
      const good = new Map(cacheFiles().map((f) => [f, readFileSync(f)]));
      variant.apply();
      await run('generate', '--no-render');
      expect(await agrees('check')).toBe(true);
      const badDisk = generated();
      expect(badDisk).not.toEqual(goodDisk);
      const bad = new Map(cacheFiles().map((f) => [f, readFileSync(f)]));
      expect([...bad].some(([f, bytes]) => !good.get(f)?.equals(bytes))).toBe(true);

      // The other state's records, with these inputs: drift is reported as without a cache, and generate writes what these inputs give.
      variant.revert();
      await withRecords(bad, goodDisk);
      variant.apply();
      await withRecords(good, badDisk);
      variant.revert();
    }
  });
});
