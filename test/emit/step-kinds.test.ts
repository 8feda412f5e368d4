/**
 * docs/step-kinds.md cannot lie: each built-in kind's block lists exactly
 * its `examples`, in registry order, and each example is recognised as that
 * kind; the user step kind example is the fixture that the emit goldens
 * generate (and actionlint checks), and the keys and template values the
 * page documents are the ones docflow accepts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { builtinStepKinds } from '../../generators/steps/registry.js';
import { parseUserStepKind } from '../../generators/steps/user-kinds.js';
import { runCli } from '../helpers/cli.js';
import { fencedBlocks } from '../helpers/fenced.js';
import { analyzeDocs, docFiles, repoFile, repoRoot } from '../helpers/world.js';
import { copyProject, generateProject, removeCopy } from './support.js';

const page = repoFile('docs/step-kinds.md');
const blocks = fencedBlocks(page);
const USER_KIND = 'templates/steps/notify-slack.step.yaml';
const fixture = path.join(repoRoot, 'test/fixtures/emit/user-step-kind');

/** A doc whose deploy workflow has `steps` (a numbered list) as written. */
function docWithSteps(steps: string): string {
  return ['# demo', '', '## Deploy Workflow', '', '### Description', '', 'Demo.', '', '### Steps', '', steps.trimEnd(), ''].join('\n');
}

let dir: string | null = null;
afterEach(() => {
  if (dir) removeCopy(dir);
  dir = null;
});

describe('docs/step-kinds.md: built-in kinds', () => {
  it('documents every built-in kind, in the order they are tried', () => {
    const documented = blocks.filter((b) => b.attrs.kind).map((b) => b.attrs.kind);
    expect(documented).toEqual(builtinStepKinds.map((k) => k.id));
    const headings = [...page.matchAll(/^### `([a-z][a-z0-9-]*)`$/gm)].map((m) => m[1]);
    expect(headings.slice(0, builtinStepKinds.length)).toEqual(builtinStepKinds.map((k) => k.id));
  });

  for (const kind of builtinStepKinds) {
    it(`${kind.id}: the block is exactly the kind's examples, each recognised as ${kind.id}`, () => {
      const block = blocks.find((b) => b.attrs.kind === kind.id)!;
      expect(block.section).toBe('Built-in step kinds');
      expect(block.body).toBe(kind.examples.map((e, i) => `${i + 1}. ${e}`).join('\n') + '\n');
      expect(page).toContain(`### \`${kind.id}\`\n\n${kind.summary}\n`);
      const c = analyzeDocs({ 'demo.md': docWithSteps(block.body) }).components[0]!;
      expect(c.workflows.deploy!.steps.map((s) => s.kind)).toEqual(kind.examples.map(() => kind.id));
    });
  }
});

describe('docs/step-kinds.md: generated steps shown on the page', () => {
  // A ```yaml golden=<case>/expected/<file> block is an excerpt of that golden, verbatim (indentation kept).
  const shown = blocks.filter((b) => b.attrs.golden);
  it('the page shows generated steps of the new kinds', () => {
    expect(shown.length).toBeGreaterThanOrEqual(1);
  });
  for (const block of shown) {
    it(`line ${block.line}: is part of ${block.attrs.golden}`, () => {
      const golden = readFileSync(path.join(repoRoot, 'test/fixtures/emit', block.attrs.golden!), 'utf8');
      expect(golden).toContain(block.body);
    });
  }
});

describe('docs/step-kinds.md: your own step kinds', () => {
  const file = blocks.find((b) => b.attrs.file === USER_KIND)!;

  it('the example file is the user-step-kind fixture, and parses without problems', () => {
    expect(file).toBeDefined();
    expect(file.body).toBe(readFileSync(path.join(fixture, USER_KIND), 'utf8'));
    const parsed = parseUserStepKind(USER_KIND, file.body);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.kind!.id).toBe('notify-slack');
    expect(parsed.kind!.templates.map((t) => [t.name, t.file])).toEqual([['user/notify-slack', USER_KIND]]);
  });

  it('its examples are recognised as the kind, with the documented params', () => {
    const parsed = parseUserStepKind(USER_KIND, file.body).kind!;
    expect(parsed.examples.length).toBeGreaterThan(0);
    const docs = docFiles({ 'demo.md': docWithSteps(parsed.examples.map((e, i) => `${i + 1}. ${e}`).join('\n')) });
    const c = analyze(docs, { stepKinds: [parsed, ...builtinStepKinds] }).components[0]!;
    expect(c.workflows.deploy!.steps.map((s) => [s.kind, s.params])).toEqual([
      ['notify-slack', { channel: '#deploys', message: '' }],
      ['notify-slack', { channel: '#deploys', message: 'site published' }],
    ]);
  });

  it('the generated step shown on the page is what the fixture generates (a golden that actionlint checks)', () => {
    const shown = blocks.find((b) => b.lang === 'yaml' && b.body.includes('- name: "Notify Slack channel #deploys with site published"'))!;
    expect(shown).toBeDefined();
    expect(readFileSync(path.join(fixture, 'expected/deploy-site.yml'), 'utf8')).toContain(shown.body);
  });

  it('the keys table lists exactly the keys docflow accepts', () => {
    const message = parseUserStepKind('x.step.yaml', 'kind: x\nnope: 1\n').diagnostics[0]!.message;
    const accepted = [...message.slice(message.indexOf('expected one of')).matchAll(/`([a-z]+)`/g)].map((m) => m[1]).sort();
    const table = page.slice(page.indexOf('### The keys'), page.indexOf('### The template'));
    const documented = [...table.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(accepted);
  });

  it('the template sees exactly the documented values; anything else is a template error', async () => {
    const table = page.slice(page.indexOf('### The template'), page.indexOf('And these helpers'));
    const values = [...table.matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]!);
    expect([...values].sort()).toEqual(['component', 'name', 'params', 'stack', 'text']);
    const kindFile = (emit: string) => `kind: probe\nmatch: '^probe \`(?<what>[a-z]+)\`$'\nemit: |\n${emit.replace(/^/gm, '  ')}\n`;
    const probe = async (emit: string) => {
      dir = copyProject('small');
      mkdirSync(path.join(dir, 'templates/steps'), { recursive: true });
      writeFileSync(path.join(dir, 'templates/steps/probe.step.yaml'), kindFile(emit));
      const doc = path.join(dir, 'docs/components/audit-bucket.md');
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('3. SAM deploy `shop-audit-bucket`.', '3. SAM deploy `shop-audit-bucket`.\n4. Probe `values`'));
      const g = await generateProject(dir);
      removeCopy(dir);
      dir = null;
      return g;
    };
    const ok = await probe(`env:\n${values.map((v) => `  ${v.toUpperCase()}: {{yaml ${v === 'params' ? 'params.what' : v}}}`).join('\n')}\nrun: echo "$NAME"`);
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const step = ok.outputs.files.find((f) => f.path.endsWith('/deploy-audit-bucket.yml'))!.content;
    for (const line of ['NAME: Probe values', 'PARAMS: values', 'TEXT: Probe `values`', 'COMPONENT: audit-bucket', 'STACK: shop-audit-bucket']) expect(step).toContain(`\n          ${line}\n`);
    const bad = await probe('env:\n  X: {{yaml nope}}\nrun: echo "$X"');
    expect(bad.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toContain('templates/steps/probe.step.yaml template-error');
    expect(bad.outputs.files.map((f) => f.path)).not.toContain('.github/workflows/deploy-audit-bucket.yml');
  });

  it('a secret used but not listed: actionlint reports it in the workflow and at the doc step (exit 1)', async () => {
    dir = copyProject('small');
    mkdirSync(path.join(dir, 'templates/steps'), { recursive: true });
    const unlisted = file.body.replace('secrets:\n  - SLACK_WEBHOOK_URL\n', '');
    expect(unlisted).not.toContain('secrets:');
    writeFileSync(path.join(dir, USER_KIND), unlisted);
    const doc = 'docs/components/audit-bucket.md';
    const text = readFileSync(path.join(dir, doc), 'utf8').replace('3. SAM deploy `shop-audit-bucket`.', '3. SAM deploy `shop-audit-bucket`.\n4. Notify Slack `#deploys`');
    writeFileSync(path.join(dir, doc), text);
    const run = await runCli(['generate', '--no-render', '--root', dir]);
    expect(run.code).toBe(1);
    const yml = '.github/workflows/deploy-audit-bucket.yml';
    const line = readFileSync(path.join(dir, yml), 'utf8').split('\n').findIndex((l) => l.includes('SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}')) + 1;
    const stepLine = text.split('\n').findIndex((l) => l.startsWith('4. Notify Slack')) + 1;
    const found = run.stderr.split('\n').filter((l) => l.includes('[actionlint-expression]'));
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${yml.replace(/\./g, '\\.')}:${line}:\\d+: error actionlint: property "slack_webhook_url" is not defined in object type`)),
      expect.stringMatching(new RegExp(`^${doc.replace(/\./g, '\\.')}:${stepLine}:1: error actionlint in \`${yml.replace(/\./g, '\\.')}\` \\(step 5\\): property "slack_webhook_url" is not defined`)),
    ]);
  });

  it('a broken step kind file stops every command with exit 2, at its line', async () => {
    dir = copyProject('small');
    mkdirSync(path.join(dir, 'templates/steps'), { recursive: true });
    writeFileSync(path.join(dir, 'templates/steps/bad.step.yaml'), 'kind: bad\nmatch: x\nemits: |\n  run: echo\n');
    const run = await runCli(['check', '--root', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('templates/steps/bad.step.yaml:3:1: error Unknown key `emits`, expected one of `kind`, `summary`, `match`, `examples`, `emit`, `secrets`, `aws` [invalid-step-kind]');
  });
});
