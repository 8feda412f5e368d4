/**
 * Injection safety. Each way a doc (or config) could smuggle an expression,
 * a shell fragment or a YAML break into a workflow is a check error with its
 * own rule id, and the dangerous text never lands in any generated file. A
 * property test then throws random doc-ish text at every doc value.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { type Diagnostic, normalizeDiagnostics } from '../../generators/diagnostics/diagnostic.js';
import { isAllowedExpression } from '../../generators/emit/expressions.js';
import type { GeneratedFile } from '../../generators/emit/files.js';
import { generateWorkflows } from '../../generators/emit/generate.js';
import type { Project } from '../../generators/project.js';
import { builtinStepKinds } from '../../generators/steps/registry.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/world.js';
import { copyProject, generateProject, removeCopy, runBlocks } from './support.js';

const API = 'docs/components/users-api.md';
let project: Project;
let docs: Map<string, string>;

beforeAll(async () => {
  project = (await generateProject(path.join(repoRoot, 'test/fixtures/projects/small'))).project;
  docs = new Map(project.files.map((f) => [f.path, f.text]));
});

/** The small project with `users-api.md` edited, generated in memory. */
function generateWith(edit: (text: string) => string): { diagnostics: Diagnostic[]; files: GeneratedFile[]; doc: string } {
  const doc = edit(docs.get(API)!);
  const files = [...docs].map(([p, text]) => ({ path: p, text: p === API ? doc : text }));
  const analysis = analyze(files, { stepKinds: builtinStepKinds, diagramsDir: project.config.paths.diagrams, stackPrefix: project.config.stackPrefix });
  const out = generateWorkflows({ analysis, config: project.config, templates: project.templates });
  return { diagnostics: normalizeDiagnostics([...analysis.diagnostics, ...out.diagnostics]), files: out.files, doc };
}

/** Replaces exactly one occurrence. */
function once(text: string, from: string, to: string): string {
  expect(text.split(from).length, `expected one \`${from}\``).toBe(2);
  return text.replace(from, to);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.start.line} ${d.ruleId}`);
const paths = (files: GeneratedFile[]) => files.map((f) => f.path);

/** Expects the payload nowhere in the output, and the other docs' workflows still generated. */
function expectKeptOut(files: GeneratedFile[], payloads: (string | RegExp)[]): void {
  for (const f of files) {
    for (const p of payloads) {
      if (typeof p === 'string') expect(f.content, f.path).not.toContain(p);
      else expect(f.content, f.path).not.toMatch(p);
    }
  }
  expect(paths(files)).toEqual(expect.arrayContaining(['.github/workflows/deploy-users-table.yml', '.github/workflows/deploy-audit-bucket.yml']));
}

describe('injection', () => {
  it('the unedited project has no errors and generates every workflow (the baseline the cases below break)', () => {
    const { diagnostics, files } = generateWith((t) => t);
    expect(errors(diagnostics)).toEqual([]);
    expect(paths(files)).toContain('.github/workflows/deploy-users-api.yml');
    expect(paths(files)).toContain('.github/workflows/deploy-all.yml');
  });

  it('`${{ github.event.issue.title }}` as a parameter source: disallowed-context (and expression-in-doc)', () => {
    const { diagnostics, files, doc } = generateWith((t) => once(t, '(from secrets)', '(from ${{ github.event.issue.title }})'));
    const line = lineOf(doc, 'github.event.issue.title');
    expect(errors(diagnostics)).toEqual(expect.arrayContaining([`${API}:${line} disallowed-context`, `${API}:${line - 2} expression-in-doc`]));
    expectKeptOut(files, ['github.event', /\$\{\{ *github/]);
    expect(paths(files)).not.toContain('.github/workflows/deploy-users-api.yml');
  });

  it('`github.event.*` without braces is a disallowed context too', () => {
    const { diagnostics, files, doc } = generateWith((t) => once(t, '(from secrets)', '(from github.event.pull_request.head.ref)'));
    expect(errors(diagnostics)).toEqual([`${API}:${lineOf(doc, 'head.ref')} disallowed-context`]);
    expectKeptOut(files, ['github.event', 'head.ref']);
  });

  it.each([
    ['a quote', "shop-users'api"],
    ['a semicolon', 'shop-users;api'],
    ['a command substitution', 'shop-$(id)'],
  ])('a stack name with %s: invalid-stack-name, in the section and in the step', (_, stack) => {
    const { diagnostics, files, doc } = generateWith((t) => t.replaceAll('shop-users-api', stack));
    const lines = [lineOf(doc, `\`${stack}\``), lineOf(doc, `SAM deploy \`${stack}\``), lineOf(doc, `SAM delete \`${stack}\``)];
    expect(errors(diagnostics)).toEqual(lines.map((l) => `${API}:${l} invalid-stack-name`));
    expectKeptOut(files, [stack]);
    // users-table's delete guard would check that stack: held back too, not generated with it.
    expect(paths(files)).not.toContain('.github/workflows/delete-users-table.yml');
    expect(diagnostics.filter((d) => d.ruleId === 'not-generated').map((d) => d.message)).toContain('Not generated: `.github/workflows/delete-users-table.yml` (fix the error reported for it first)');
  });

  it.each([['templates/../../outside/template.yaml'], ['../outside.yaml'], ['/etc/template.yaml']])('a template path leaving the repository (%s): unsafe-template-path', (template) => {
    const { diagnostics, files, doc } = generateWith((t) => once(t, 'SAM build `templates/users-api.yaml`.', `SAM build \`${template}\`.`));
    expect(errors(diagnostics)).toEqual([`${API}:${lineOf(doc, template)} unsafe-template-path`]);
    expectKeptOut(files, [template]);
    expect(paths(files)).not.toContain('.github/workflows/deploy-users-api.yml');
    expect(paths(files), 'the delete workflow does not build').toContain('.github/workflows/delete-users-api.yml');
  });

  it('`${{` in a shell step: expression-in-doc', () => {
    const { diagnostics, files, doc } = generateWith((t) => once(t, '`npm test --prefix functions/users-api`', '`npm test -- --grep "${{ github.event.issue.title }}"`'));
    expect(errors(diagnostics)).toEqual([`${API}:${lineOf(doc, '--grep')} expression-in-doc`]);
    expectKeptOut(files, ['github.event', '--grep']);
  });

  it('`${{` in a script block: expression-in-doc', () => {
    const { diagnostics, files, doc } = generateWith((t) =>
      once(t, '6. `npm test --prefix functions/users-api`', '6. Run the tests:\n   ```bash\n   npm test -- --grep "${{ github.head_ref }}"\n   ```'),
    );
    expect(errors(diagnostics)).toEqual([`${API}:${lineOf(doc, 'Run the tests')} expression-in-doc`]);
    expectKeptOut(files, ['github.head_ref', '--grep']);
  });

  it('`${{` in a Failure Scenarios cell: expression-in-doc, and neither workflow of the doc (both copy the table) is generated', () => {
    const { diagnostics, files, doc } = generateWith((t) => once(t, 'Redeploy this stack |', 'Redeploy ${{ github.event.issue.title }} |'));
    expect(errors(diagnostics)).toEqual([`${API}:${lineOf(doc, 'Redeploy ${{')} expression-in-doc`]);
    expectKeptOut(files, ['github.event', '$ {{']);
    expect(paths(files).filter((p) => p.includes('users-api'))).toEqual([]);
  });

  it('a control character in a step value: invalid-value', () => {
    // Whitespace (a tab, a newline) is collapsed when steps are read; other control characters are refused.
    const { diagnostics, files, doc } = generateWith((t) => once(t, '   - `ApiKey` (from secrets)', '   - `Stage` (value: `prod\u0007x`)'));
    expect(errors(diagnostics)).toEqual([`${API}:${lineOf(doc, 'SAM deploy')} invalid-value`]);
    expectKeptOut(files, ['prod\u0007x', 'prod\\ax', 'prod\\u0007x']);
  });

  it.each([
    ['runner', 'runner: "ubuntu-latest\\nrun: echo pwned"'],
    ['stackPrefix', 'stackPrefix: "shop\\nrun: echo pwned"'],
    ['environments', 'environments: ["dev\\nrun: echo pwned"]'],
    ['aws.region', 'aws:\n  region: { value: "eu-west-1\\nrun: echo pwned" }'],
  ])('a newline in front matter %s: invalid-front-matter on its line, nothing of the doc generated', (key, yaml) => {
    const { diagnostics, files } = generateWith((t) => `---\n${yaml}\n---\n\n${t}`);
    const at = key === 'aws.region' ? 3 : 2;
    expect(errors(diagnostics)).toEqual([`${API}:${at} invalid-front-matter`]);
    expectKeptOut(files, ['pwned']);
    expect(paths(files).filter((p) => p.includes('users-api'))).toEqual([]);
  });

  describe('config', () => {
    const temps: string[] = [];
    afterAll(() => temps.forEach(removeCopy));

    it.each([
      ['runner', 'runner: "ubuntu-latest\\nrun: echo pwned"\n', 1, 9, 'Unexpected value for `runner`: it must match ^[A-Za-z0-9][A-Za-z0-9_.:/-]*$'],
      ['aws.roleToAssume', 'aws:\n  roleToAssume: { value: "arn\\n${{ github.event.issue.title }}" }\n', 2, 26, 'Unexpected value for `aws.roleToAssume.value`: it must match'],
      ['environments', 'environments: [dev, "prod\\nx"]\n', 1, 21, 'Unexpected value for `environments.1`: it must match'],
    ])('a newline in config %s: config-schema error at its line and column, exit 2, nothing written', async (_, config, line, column, message) => {
      const dir = copyProject('small');
      temps.push(dir);
      writeFileSync(path.join(dir, 'docflow.config.yaml'), config);
      const run = await runCli(['generate', '--no-render', '--root', dir]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`docflow.config.yaml:${line}:${column}: error ${message}`);
      expect(run.stderr).toMatch(/\[config-schema\]/);
      expect(readdirSync(dir)).not.toContain('.github');
    });
  });

  it('property: whatever text goes into parameter names and values, stack names, commands and tables, no run: holds `${{` and every expression is an allowed one', () => {
    const token = fc.constantFrom('${{', '}}', '${', '{{', ' ', 'github.event.issue.title', 'secrets.X', 'vars.A', "'", '"', ';', '$(id)', '`', '\n', '\t', '#', '|', ':', '-', '..', '/', '\\', 'a', 'Z', '9', 'ok');
    const text = fc.array(token, { minLength: 1, maxLength: 6 }).map((t) => t.join(''));
    // Mostly the valid value, so that some runs change one value and still generate.
    const field = (valid: string) => fc.oneof({ arbitrary: fc.constant(valid), weight: 3 }, { arbitrary: text, weight: 1 });
    const values = fc.record({
      name: field('Stage'),
      value: field('prod'),
      source: field('vars.OTHER'),
      stack: field('shop-users-api'),
      command: field('npm ci'),
      cell: field('Redeploy this stack'),
      title: field('Run the tests'),
    });
    let generated = 0;
    fc.assert(
      fc.property(values, (v) => {
        const { files } = generateWith((t) =>
          t
            .replaceAll('shop-users-api', v.stack)
            .replace('`npm ci --prefix functions/users-api`', `\`${v.command}\``)
            .replace('   - `ApiKey` (from secrets)', `   - \`${v.name}\` (value: \`${v.value}\`)\n   - \`Other\` (from ${v.source})`)
            .replace('6. `npm test --prefix functions/users-api`', `6. ${v.title}:\n   \`\`\`bash\n   npm test\n   \`\`\``)
            .replace('Redeploy this stack |', `${v.cell} |`),
        );
        for (const f of files.filter((x) => x.path.endsWith('.yml'))) {
          const parsed = parseDocument(f.content);
          expect(parsed.errors, f.path).toEqual([]);
          for (const run of runBlocks(f.content)) expect(run, f.path).not.toContain('${{');
          for (const m of f.content.matchAll(/\$\{\{(.*?)\}\}/gs)) {
            const expr = m[1]!.trim();
            expect(['inputs.environment', 'toJSON(needs)', 'github.token', 'github.ref_name'].includes(expr) || isAllowedExpression(expr), `${f.path}: ${m[0]}`).toBe(true);
          }
        }
        if (files.some((f) => f.path === '.github/workflows/deploy-users-api.yml')) generated++;
      }),
      { numRuns: 200 },
    );
    // Not vacuous: some random values are harmless, and then the workflow is generated.
    expect(generated).toBeGreaterThan(0);
  });
});
