/**
 * Escaping, for any text (fast-check): a step title and failure cells made of
 * Mermaid's syntax characters, quotes, `%%`, markup and non-ASCII reach the
 * diagram only as entity codes, and decode back to exactly the doc's text.
 * Through the public entry points (analyze → generateWorkflows); the fixture
 * `escaping` shows the same text rendered in Chromium (render.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { DEFAULT_CONFIG } from '../../generators/config/types.js';
import { generateWorkflows } from '../../generators/emit/generate.js';
import { loadProject } from '../../generators/project.js';
import { docFiles, repoRoot } from '../helpers/world.js';
import { expectMermaidSafe, parseSequence } from './support.js';

/** Characters that mean something to Mermaid or Markdown, plus plain and non-ASCII text. (No `` ` ``, `$` or `\`: they make steps of other kinds, expressions or escapes.) */
const CHARS = [...'abcXYZ019 ;;##""<<>>{}%%::&|*_[]()!-.,\'/=+~^@', 'ü', '✓', '日', '—', '<br>', '#59;', '%%'];
const text = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));

/** A doc whose deploy workflow has a script step titled `Say <title>`, and one failure scenario. */
function doc(title: string, scenario: string, cause: string): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return `# demo

## Overview

A component for the escaping property.

## CloudFormation Stack

\`demo-demo\`

## Dependencies

### Deploy

None

### Delete

None

## Required By

### Deploy

None

### Delete

None

## Deploy Workflow

### Description

Runs a script.

### Steps

1. Say ${title}
   \`\`\`bash
   echo hi
   \`\`\`

### Sequence Diagram

![Deploy demo sequence](./images/deploy-demo.svg)

## Failure Scenarios

| Scenario | Cause |
| --- | --- |
| ${cell(scenario)} | ${cell(cause)} |
`;
}

/** The diagram's wording of doc text: code-span backticks dropped, whitespace collapsed. */
const plain = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ').trim();

describe('escaping, for any text', () => {
  const project = loadProject({ root: repoRoot });

  it('step and failure texts reach the .mmd as entity codes only, and decode to the doc text', async () => {
    const { templates } = await project;
    fc.assert(
      fc.property(text, text, text, (title, scenario, cause) => {
        const analysis = analyze(docFiles({ 'demo.md': doc(title, scenario, cause) }));
        const c = analysis.components[0]!;
        const step = c.workflows.deploy?.steps[0];
        // Markdown may read some texts as something else entirely (a table cell that is only `-`); those say nothing about escaping.
        fc.pre(step?.kind === 'script' && c.failureScenarios.length === 1);
        const out = generateWorkflows({ analysis, config: structuredClone(DEFAULT_CONFIG), templates });
        const file = out.files.find((f) => f.path === 'docs/components/images/deploy-demo.mmd');
        expect(file, JSON.stringify(out.diagnostics)).toBeDefined();
        const seq = parseSequence(file!.content, file!.path);
        for (const s of seq.statements) if ('raw' in s) expectMermaidSafe(s.raw, `${file!.path}:${s.line}`);

        const row = c.failureScenarios[0]!.cells;
        const said = seq.statements.flatMap((s) => (s.type === 'message' && s.from === 'Runner' && s.to === 'Runner' ? [s.text] : []));
        expect(said).toEqual([plain(step!.text).replace(/[.:]$/, '').trim()]);
        const opt = seq.statements.find((s) => s.type === 'block' && s.keyword === 'opt');
        expect(opt).toMatchObject({ label: plain(row['Scenario'] ?? '') || 'failure' });
        const note = seq.statements.find((s) => s.type === 'note');
        expect(note).toMatchObject({ text: `Cause: ${plain(row['Cause'] ?? '')}`.trim() });
      }),
      { numRuns: 100 },
    );
  });
});
