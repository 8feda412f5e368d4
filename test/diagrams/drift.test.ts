/**
 * Diagram caching and drift through the CLI (`main(argv, io)` with a fake
 * io), in temp copies of test/fixtures/diagrams/guards: three components,
 * six sequence diagrams and the system graph. Each copy's config says
 * `browser.executablePath: none`, so the only browser a run can use is the
 * one its env names in PUPPETEER_EXECUTABLE_PATH: a run with an empty env has
 * none. That is how these tests take the browser away.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { embeddedSourceHash, sourceHash } from '../../generators/render/index.js';
import { type CliRun, runCli } from '../helpers/cli.js';
import { fileEditor, snapshotTree } from '../helpers/tree.js';
import { repoRoot } from '../helpers/world.js';
import { copyCase, removeCopy, testBrowser } from './support.js';

const browser = testBrowser();

const DOCS = 'docs/components';
const IMAGES = 'docs/components/images';
const DIAGRAMS = ['delete-orders-api', 'delete-orders-table', 'delete-orders-worker', 'deploy-all-dag', 'deploy-orders-api', 'deploy-orders-table', 'deploy-orders-worker'];
/** Workflows (six, plus two orchestrators) and `.mmd` files. */
const GENERATED = 15;
const CONFIG = '# Search no system path: only PUPPETEER_EXECUTABLE_PATH, which each test run sets or not.\nbrowser:\n  executablePath: none\n';

const withBrowser = (): Record<string, string> => ({ PUPPETEER_EXECUTABLE_PATH: browser!.path });
const NO_BROWSER: Record<string, string> = {};

/** A fixture copy with the config above. */
function newProject(): string {
  const dir = copyCase('guards');
  writeFileSync(path.join(dir, 'docflow.config.yaml'), CONFIG);
  return dir;
}

let dir: string;
const generate = (env: Record<string, string>, ...flags: string[]): Promise<CliRun> => runCli(['generate', ...flags, '--root', dir], { env });
const check = (): Promise<CliRun> => runCli(['check', '--root', dir], { env: NO_BROWSER });
const { read, write, edit } = fileEditor(() => dir);
/** 1-based line of the first line of `rel` containing `needle`. */
const lineOf = (rel: string, needle: string): number => {
  const at = read(rel).split('\n').findIndex((l) => l.includes(needle)) + 1;
  expect(at, `${rel} should contain ${needle}`).toBeGreaterThan(0);
  return at;
};
/** Diagnostic lines a run printed about the diagrams folder, or about a doc. */
const diagramLines = (run: CliRun): string[] => (run.stdout + run.stderr).split('\n').filter((l) => l.startsWith(`${IMAGES}/`));
const docLines = (run: CliRun): string[] => (run.stdout + run.stderr).split('\n').filter((l) => /^docs\/components\/[^/]+\.md:/.test(l));
/** The SVGs a generate run says it rendered. */
const renderedBy = (run: CliRun): string[] => [...run.stdout.matchAll(/^ {2}rendered (.+)$/gm)].map((m) => m[1]!);
const svg = (name: string) => `${IMAGES}/${name}.svg`;
const mmd = (name: string) => `${IMAGES}/${name}.mmd`;
/** Every file of the copy (except the lint cache) with its bytes. */
const snapshot = (): Map<string, string> => snapshotTree(dir);

describe.skipIf(!browser)('diagram cache and drift', () => {
  let seed: string;
  let first: CliRun;

  beforeAll(async () => {
    seed = newProject();
    first = await runCli(['generate', '--root', seed], { env: withBrowser() });
  });
  afterAll(() => removeCopy(seed));
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'docflow-diagram-drift-'));
    cpSync(seed, dir, { recursive: true });
  });
  afterEach(() => removeCopy(dir));

  it('the first generate writes every .mmd and renders each diagram to an SVG of it', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    expect(renderedBy(first)).toEqual(DIAGRAMS.map(svg));
    expect(first.stdout).toContain(`generate: ${GENERATED} created, 0 updated, 0 unchanged, 0 removed; ${DIAGRAMS.length} diagrams rendered\n`);
    for (const name of DIAGRAMS) expect(embeddedSourceHash(read(svg(name))), name).toBe(sourceHash(read(mmd(name))));
  });

  it('a second generate renders nothing and starts no browser: with none available it still succeeds, silently', async () => {
    const before = snapshot();
    const run = await generate(NO_BROWSER);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr, 'no no-browser warning: no browser was needed').toBe('');
    expect(run.stdout).toBe(`generate: 0 created, 0 updated, ${GENERATED} unchanged, 0 removed; 0 diagrams rendered\n`);
    expect(snapshot()).toEqual(before);
    const clean = await check();
    expect(clean.code, clean.stdout).toBe(0);
  });

  it('editing a doc step changes its .mmd; check, without a browser, reports the stale .mmd and SVG; generate re-renders only that diagram', async () => {
    const doc = `${DOCS}/orders-api.md`;
    const name = 'deploy-orders-api';
    const line = lineOf(mmd(name), 'Runner->>Runner: npm test --prefix functions/orders-api');
    edit(doc, '`npm test --prefix functions/orders-api`', '`npm test --prefix functions/orders-api -- --ci`');

    const run = await check();
    expect(run.code).toBe(1);
    expect(diagramLines(run)).toEqual([
      `${mmd(name)}:${line}:1: error Stale generated file \`${mmd(name)}\`: it differs from what \`${doc}\` generates [drift-stale]`,
      `${svg(name)}:1:1: error Stale rendered diagram \`${svg(name)}\`: it was not rendered from the current \`${mmd(name)}\` (from \`${doc}\`) [drift-stale]`,
    ]);
    expect(run.stdout).toContain('\n-  Runner->>Runner: npm test --prefix functions/orders-api\n+  Runner->>Runner: npm test --prefix functions/orders-api -- --ci\n');

    const fix = await generate(withBrowser());
    expect(fix.code, fix.stderr).toBe(0);
    expect(fix.stdout).toContain(`  updated  ${mmd(name)}\n`);
    expect(renderedBy(fix)).toEqual([svg(name)]);
    expect(fix.stdout).toMatch(/; 1 diagram rendered\n$/);
    expect(embeddedSourceHash(read(svg(name)))).toBe(sourceHash(read(mmd(name))));
    expect((await check()).code).toBe(0);
  });

  it('a deleted SVG is missing and one rendered from another source is stale; generate renders just those', async () => {
    rmSync(path.join(dir, svg('deploy-orders-worker')));
    write(svg('deploy-orders-api'), read(svg('delete-orders-api')));
    const run = await check();
    expect(run.code).toBe(1);
    expect(diagramLines(run)).toEqual([
      `${svg('deploy-orders-api')}:1:1: error Stale rendered diagram \`${svg('deploy-orders-api')}\`: it was not rendered from the current \`${mmd('deploy-orders-api')}\` (from \`${DOCS}/orders-api.md\`) [drift-stale]`,
      `${svg('deploy-orders-worker')}:1:1: error Missing rendered diagram \`${svg('deploy-orders-worker')}\` (from \`${DOCS}/orders-worker.md\`) [drift-missing]`,
    ]);

    const fix = await generate(withBrowser());
    expect(fix.code, fix.stderr).toBe(0);
    expect(renderedBy(fix)).toEqual([svg('deploy-orders-api'), svg('deploy-orders-worker')]);
    expect((await check()).code).toBe(0);
  });

  it("a deleted doc's .mmd and .svg are orphans: check reports them, generate removes them", async () => {
    rmSync(path.join(dir, DOCS, 'orders-worker.md'));
    edit(`${DOCS}/orders-table.md`, '- `delete-orders-worker` — the worker writes to the table\n', '');
    edit(`${DOCS}/orders-table.md`, '- `orders-worker` — writes to the table\n', '');
    const orphans = ['delete-orders-worker', 'deploy-orders-worker'].flatMap((n) => [mmd(n), svg(n)]).sort();

    const run = await check();
    expect(run.code).toBe(1);
    const lines = diagramLines(run);
    for (const p of orphans) expect(lines).toContain(`${p}:1:1: error Orphaned generated file \`${p}\`: no doc generates it any more [drift-orphaned]`);
    // The graph and the table's delete guard no longer mention the worker.
    expect(lines.filter((l) => !l.includes('[drift-orphaned]')).map((l) => l.split(':')[0])).toEqual([
      mmd('delete-orders-table'),
      svg('delete-orders-table'),
      mmd('deploy-all-dag'),
      svg('deploy-all-dag'),
    ]);

    const fix = await generate(withBrowser());
    expect(fix.code, fix.stderr).toBe(0);
    expect([...fix.stdout.matchAll(/^ {2}removed {2}(.+)$/gm)].map((m) => m[1]!).filter((p) => p.startsWith(IMAGES))).toEqual(orphans);
    for (const p of orphans) expect(existsSync(path.join(dir, p)), p).toBe(false);
    expect(renderedBy(fix)).toEqual([svg('delete-orders-table'), svg('deploy-all-dag')]);
    expect((await check()).code).toBe(0);
  });

  it('a Mermaid syntax error from an overridden template is reported at its .mmd line; the other diagrams still render', async () => {
    // The override numbers the messages (every sequence diagram changes) and
    // misspells `Note over` (only diagrams with failure scenarios have notes).
    const builtin = readFileSync(path.join(repoRoot, 'templates/diagram/sequence.mmd.hbs'), 'utf8');
    expect(builtin.split('\nsequenceDiagram\n').length).toBe(2);
    expect(builtin.split('Note over {{note.over}}:').length).toBe(2);
    const broken = builtin.replace('\nsequenceDiagram\n', '\nsequenceDiagram\n  autonumber\n').replace('Note over {{note.over}}:', 'Note right {{note.over}}:');
    mkdirSync(path.join(dir, 'templates/diagram'), { recursive: true });
    write('templates/diagram/sequence.mmd.hbs', broken);
    const untouched = ['delete-orders-table', 'deploy-orders-table'].map((n) => [n, read(svg(n))] as const);

    const run = await generate(withBrowser());
    expect(run.code).toBe(1);
    for (const [name, before] of untouched) {
      const line = lineOf(mmd(name), 'Note right Runner:');
      expect(diagramLines(run).filter((l) => l.startsWith(`${mmd(name)}:`)), name).toEqual([
        // Where, then what the parser got and expected (Mermaid's token names).
        expect.stringMatching(new RegExp(`^${mmd(name)}:${line}:1: error Mermaid could not render this diagram: Parse error on line ${line}: unexpected \`\\w+\`, expected .*'over'.* \\[mermaid-syntax\\]$`)),
      ]);
      expect(read(svg(name)), `${name}: the old SVG is kept`).toBe(before);
    }
    expect(renderedBy(run)).toEqual(['delete-orders-api', 'delete-orders-worker', 'deploy-orders-api', 'deploy-orders-worker'].map(svg));
    expect(run.stdout).toMatch(/; 4 diagrams rendered\n$/);

    // The failed diagrams' SVGs are stale now; nothing else drifts.
    const after = await check();
    expect(diagramLines(after).map((l) => l.split(':')[0])).toEqual([svg('delete-orders-table'), svg('deploy-orders-table')]);
  });

  it('the Sequence Diagram link: a wrong one is an error, a missing one a warning', async () => {
    const api = `${DOCS}/orders-api.md`;
    const worker = `${DOCS}/orders-worker.md`;
    edit(worker, '\n### Sequence Diagram\n\n![Delete orders-worker sequence](./images/delete-orders-worker.svg)\n', '');
    const missing = `${worker}:${lineOf(worker, '## Delete Workflow')}:1: warning Missing sequence diagram link in \`Delete Workflow\`, expected \`./images/delete-orders-worker.svg\` [diagram-link]`;
    const warned = await check();
    expect(docLines(warned)).toEqual([missing]);
    expect(warned.code, 'a warning alone does not fail check').toBe(0);

    edit(api, '(./images/deploy-orders-api.svg)', '(./images/deploy-orders-table.svg)');
    const run = await check();
    expect(run.code).toBe(1);
    expect(docLines(run)).toEqual(
      expect.arrayContaining([
        missing,
        `${api}:${lineOf(api, '![Deploy orders-api sequence]')}:1: error Unexpected diagram link \`./images/deploy-orders-table.svg\`, expected \`./images/deploy-orders-api.svg\` (the diagram docflow generates) [diagram-link]`,
      ]),
    );
  });
});

describe('diagrams without a browser', () => {
  beforeEach(() => {
    dir = newProject();
  });
  afterEach(() => removeCopy(dir));

  const warning = (severity: 'warning' | 'error') =>
    `docflow.config.yaml:1:1: ${severity} No browser found to render ${DIAGRAMS.length} diagrams to SVG; the .mmd files are written, the SVGs are not (\`browser.executablePath: none\` allows only PUPPETEER_EXECUTABLE_PATH) [no-browser]`;

  it('generate writes every workflow and .mmd, warns once and exits 0; check then reports each missing SVG', async () => {
    const run = await generate(NO_BROWSER);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.includes('[no-browser]'))).toEqual([warning('warning')]);
    expect(run.stdout).toContain(`generate: ${GENERATED} created, 0 updated, 0 unchanged, 0 removed; 0 diagrams rendered\n`);
    for (const name of DIAGRAMS) {
      expect(existsSync(path.join(dir, mmd(name))), mmd(name)).toBe(true);
      expect(existsSync(path.join(dir, svg(name))), svg(name)).toBe(false);
    }

    const drift = await check();
    expect(drift.code).toBe(1);
    expect(diagramLines(drift)).toEqual(
      DIAGRAMS.map((n) => {
        const doc = n === 'deploy-all-dag' ? '' : ` (from \`${DOCS}/${n.replace(/^(deploy|delete)-/, '')}.md\`)`;
        return `${svg(n)}:1:1: error Missing rendered diagram \`${svg(n)}\`${doc} [drift-missing]`;
      }),
    );
  });

  it('--require-render makes it an error (exit 1); everything else is still written', async () => {
    const run = await generate(NO_BROWSER, '--require-render');
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l.includes('[no-browser]'))).toEqual([warning('error')]);
    expect(run.stdout).toContain(`generate: ${GENERATED} created,`);
    for (const name of DIAGRAMS) expect(existsSync(path.join(dir, mmd(name))), mmd(name)).toBe(true);
  });
});
