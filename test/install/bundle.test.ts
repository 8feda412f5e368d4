/**
 * bin/docflow.js runs the CLI bundle (out/lib/cli.bundle.js), whose built-in
 * templates come precompiled from the build (out/lib/emit/templates.prebuilt.cjs);
 * the sources under test compile every template. Both must write the same
 * bytes, and a project's own template must win over a precompiled built-in
 * even when it keeps the built-in's name.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadBuiltinTemplates, templateKey, type PrecompiledTemplates } from '../../generators/emit/templates.js';
import { ensureBuilt, runCli, spawnCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/world.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt());

/** A copy of the example project (docs, config, templates) without its generated files. */
function exampleCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'docflow-bundle-'));
  dirs.push(root);
  writeFileSync(path.join(root, 'package.json'), '{"name":"bundle-test","private":true}\n');
  for (const p of ['docflow.config.yaml', 'docs', 'cloudformation']) cpSync(path.join(repoRoot, p), path.join(root, p), { recursive: true });
  rmSync(path.join(root, 'docs/components/images'), { recursive: true, force: true });
  rmSync(path.join(root, 'docs/components/index.md'), { force: true });
  return root;
}

/** Every generated file under `root`, by path. */
function generated(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of ['.github/workflows', 'docs/components/images']) {
    for (const name of readdirSync(path.join(root, dir)).sort()) out.set(`${dir}/${name}`, readFileSync(path.join(root, dir, name), 'utf8'));
  }
  out.set('docs/components/index.md', readFileSync(path.join(root, 'docs/components/index.md'), 'utf8'));
  return out;
}

it('the build precompiles every built-in template, by the hash of its source', async () => {
  const built = createRequire(import.meta.url)(path.join(repoRoot, 'out/lib/emit/templates.prebuilt.cjs')) as PrecompiledTemplates;
  const builtins = [...(await loadBuiltinTemplates()).values()];
  expect(builtins.length).toBeGreaterThan(20);
  expect(Object.keys(built.templates).sort()).toEqual(builtins.map((t) => templateKey(t.source)).sort());
  expect(built.handlebars).toBe((createRequire(import.meta.url)('handlebars/package.json') as { version: string }).version);
});

it('the bundle with precompiled templates writes what the sources write', async () => {
  const bundled = exampleCopy();
  const sources = exampleCopy();
  const a = spawnCli(['generate', '--no-render', '--no-cache', '--root', bundled]);
  expect(a.stderr).not.toMatch(/error/);
  const b = await runCli(['generate', '--no-render', '--no-cache', '--root', sources]);
  expect(b.code).toBe(a.code);
  const ours = generated(bundled);
  expect(ours.size).toBeGreaterThan(40);
  expect(ours).toEqual(generated(sources));
  // And what is committed in the repo.
  for (const [p, text] of ours) if (p.endsWith('.yml')) expect(text, p).toBe(readFileSync(path.join(repoRoot, p), 'utf8'));
}, 120_000);

it("a project's template of a built-in's name is compiled, never answered by the precompiled built-in", () => {
  const root = exampleCopy();
  const file = path.join(root, 'templates/workflow/component.yml.hbs');
  cpSync(path.join(repoRoot, 'templates'), path.join(root, 'templates'), { recursive: true });
  // The same text as the built-in: the precompiled spec applies, and the output is unchanged.
  expect(spawnCli(['generate', '--no-render', '--root', root]).code).toBe(0);
  const before = readFileSync(path.join(root, '.github/workflows/deploy-dynamodb-users.yml'), 'utf8');
  expect(before).toBe(readFileSync(path.join(repoRoot, '.github/workflows/deploy-dynamodb-users.yml'), 'utf8'));
  writeFileSync(file, readFileSync(file, 'utf8').replace('cancel-in-progress: false', 'cancel-in-progress: true'));
  expect(spawnCli(['generate', '--no-render', '--root', root]).code).toBe(0);
  const after = readFileSync(path.join(root, '.github/workflows/deploy-dynamodb-users.yml'), 'utf8');
  expect(after).toContain('cancel-in-progress: true');
  expect(after.replace('cancel-in-progress: true', 'cancel-in-progress: false')).toBe(before);
}, 120_000);
