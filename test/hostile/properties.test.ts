/**
 * Properties over random models and random Markdown: the parser never
 * throws; every generated YAML parses alike as YAML 1.1 and 1.2 and passes
 * actionlint; generate → check is clean; the output does not depend on file
 * order. Fixed seed (FUZZ_SEED); `npm run fuzz` raises the run count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../../generators/analyze.js';
import { DEFAULT_CONFIG as DEFAULT } from '../../generators/config/types.js';
import { writeGenerated } from '../../generators/drift/write.js';
import { generateWorkflows } from '../../generators/emit/generate.js';
import { loadTemplates } from '../../generators/emit/templates.js';
import { lintWorkflows } from '../../generators/lint/actionlint.js';
import type { SourceFile } from '../../generators/model/load.js';
import { compareWithDisk, computeOutputs } from '../../generators/outputs.js';
import { loadProject } from '../../generators/project.js';
import { materialise } from './support.js';

const seed = Number(process.env.FUZZ_SEED ?? 20261201);
const scale = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1));
const runs = (n: number) => ({ seed, numRuns: n * scale, endOnFailure: true });

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Any text on one line: every code point class, control characters, NEL/LS/PS, Markdown and YAML syntax. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('${{ github.event.issue.title }}', '%%{init: {"securityLevel":"loose"}}%%', 'a\u0085b\u2028c\u2029', '\u001b]52;c;aGk=\u0007', ': # | > & * ! % @ `', "'\"\\", '-->> ; end', '<script>'),
).map((s) => s.replace(/[\r\n`]/g, ' '));

const componentId = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4})?$/);

/** A step line: known kinds with hostile values, and free text. */
const stepLine = fc.oneof(
  fc.constant('Checkout repository'),
  fc.constant('Configure AWS credentials'),
  fc.constant('Install SAM CLI'),
  fc.constant('Set up Node.js 20'),
  hostileText.map((t) => `Run \`echo ${t.replace(/\$\{\{/g, '')}\`.`),
  hostileText.map((t) => `Run \`${t}\`.`),
  hostileText,
);

/** A component doc from random parts. */
const componentDoc = fc.record({ overview: hostileText, steps: fc.array(stepLine, { minLength: 1, maxLength: 6 }), deps: fc.array(componentId, { maxLength: 2 }), stack: fc.option(componentId.map((s) => `app-${s}`), { nil: null }) });

function docText(id: string, d: { overview: string; steps: string[]; deps: string[]; stack: string | null }): string {
  const deps = d.deps.length ? d.deps.map((x) => `- \`${x}\` — needs it`).join('\n') : 'None';
  const stack = d.stack ? `\n## CloudFormation Stack\n\n\`${d.stack}\`\n` : '';
  return `# ${id}\n\n## Overview\n\n${d.overview}\n${stack}\n## Dependencies\n\n### Deploy\n\n${deps}\n\n### Delete\n\nNone\n\n## Required By\n\nNone\n\n## Deploy Workflow\n\n### Steps\n\n${d.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n`;
}

const project = fc.uniqueArray(fc.tuple(componentId, componentDoc), { minLength: 1, maxLength: 4, selector: ([id]) => id }).map((docs) => docs.map(([id, d]): SourceFile => ({ path: `docs/components/${id}.md`, text: docText(id, d) })));

/** Random Markdown: lines of our syntax, near misses and garbage. */
const randomMarkdown = fc.array(fc.oneof(hostileText, fc.constantFrom('# x', '## Deploy Workflow', '### Steps', '1. Run `a`', '- `x` — y', '| a | b |', '|---|---|', '---', '```', '   - nested', '> quote', '')), { maxLength: 40 }).map((lines) => lines.join('\n'));

const builtinTemplates = await loadTemplates(process.cwd(), 'templates');

function generate(files: readonly SourceFile[]) {
  const analysis = analyze(files);
  return generateWorkflows({ analysis, config: structuredClone(DEFAULT), templates: builtinTemplates });
}

describe('hostile properties', () => {
  it('the parser never throws on random Markdown', () => {
    fc.assert(
      fc.property(fc.array(randomMarkdown, { minLength: 1, maxLength: 3 }), (texts) => {
        analyze(texts.map((text, i) => ({ path: `docs/components/d${i}.md`, text })));
      }),
      runs(200),
    );
  });

  it('every generated YAML reads the same as YAML 1.1 and 1.2 and passes actionlint', async () => {
    await fc.assert(
      fc.asyncProperty(project, async (files) => {
        const yml = generate(files).files.filter((f) => f.path.endsWith('.yml'));
        for (const f of yml) expect(parseYaml(f.content, { version: '1.1' }), f.path).toEqual(parseYaml(f.content, { version: '1.2' }));
        expect(await lintWorkflows(yml, { cacheDir: null })).toEqual([]);
      }),
      runs(15),
    );
  }, 240_000);

  it('generate, then check, is clean', async () => {
    await fc.assert(
      fc.asyncProperty(project, async (files) => {
        const root = mkdtempSync(path.join(os.tmpdir(), 'docflow-prop-'));
        made.push(root);
        materialise(root, { description: '', exit: { generate: 0, check: 0 }, check: [], files: Object.fromEntries(files.map((f) => [f.path, f.text])) });
        const before = await loadProject({ root });
        const outputs = await computeOutputs(before, { lint: false });
        const drift = await compareWithDisk(before, outputs);
        const summary = await writeGenerated(root, outputs.files, drift.existing, drift.orphans, { outputDirs: ['.github/workflows', 'docs/components/images'] });
        expect(summary.failed).toEqual([]);
        const after = await loadProject({ root });
        const again = await compareWithDisk(after, await computeOutputs(after, { lint: false }));
        expect(again.diagnostics.filter((d) => !d.file.endsWith('.svg'))).toEqual([]);
      }),
      runs(15),
    );
  }, 240_000);

  it('the output does not depend on file order', () => {
    fc.assert(
      fc.property(project.chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }))), ([files, shuffled]) => {
        expect(generate(shuffled).files).toEqual(generate(files).files);
      }),
      runs(50),
    );
  });
});
