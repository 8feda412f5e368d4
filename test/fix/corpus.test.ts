/**
 * `docflow fix` on a realistic messy corpus (test/fixtures/fix/corpus): every
 * phrasing, inconsistencies of every kind, CRLF and BOM files, tables. Fix,
 * then check: none of the fixable rules is left; a second fix is a no-op;
 * the diff (a golden) touches only entry sections and diagram links.
 */
import { createTwoFilesPatch } from 'diff';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { DEFAULT_CONFIG } from '../../generators/config/types.js';
import { readTemplateFile } from '../../generators/project.js';
import { repairs } from '../../generators/fix/registry.js';
import { fixDocs } from '../../generators/fix/run.js';
import { readDocs } from '../../generators/model/load.js';
import { expectGolden } from '../helpers/golden.js';
import { printDiagnostics, repoRoot } from '../helpers/world.js';
import { editsOutside } from './support.js';

const root = path.join(repoRoot, 'test/fixtures/fix/corpus');
const files = await readDocs(root, 'docs/components');
// Its templates are read as `check` and `fix` read them: the default `paths.stackTemplates`, `templates/{id}.yaml`.
const withTemplates = { readTemplate: (file: string) => readTemplateFile(root, file), templatePattern: DEFAULT_CONFIG.paths.stackTemplates };
const before = new Map(files.map((f) => [f.path, f.text]));
const result = fixDocs(files, withTemplates);
const after = analyze(result.files, withTemplates);
const fixable = new Set(repairs.map((r) => r.rule));

describe('docflow fix on the messy corpus', () => {
  it('is a corpus of at least 25 component docs with CRLF, BOM and tables', () => {
    expect(analyze(files, withTemplates).components.length).toBeGreaterThanOrEqual(25);
    expect(files.some((f) => f.text.startsWith('\uFEFF'))).toBe(true);
    expect(files.filter((f) => f.text.includes('\r\n')).length).toBeGreaterThanOrEqual(2);
    expect(files.some((f) => /^\| Component \| Why \|$/m.test(f.text))).toBe(true);
    const rules = new Set(analyze(files, withTemplates).diagnostics.map((d) => d.ruleId));
    for (const r of fixable) expect(rules, `the corpus has a ${r} finding`).toContain(r);
  });

  it('repairs every finding of every fixable rule: check then reports none of them', () => {
    expect(printDiagnostics(after.diagnostics.filter((d) => fixable.has(d.ruleId)))).toBe('');
    expect(result.applied.length).toBeGreaterThan(30);
  });

  it('leaves what needs a human as placeholders that check flags, and nothing else new', () => {
    const left = after.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.file}:${d.start.line} [${d.ruleId}]`);
    expect(left).toEqual([
      'docs/components/eventbridge-bus.md:15 [dependency-cycle]',
      'docs/components/eventbridge-bus.md:25 [fix-placeholder]',
      'docs/components/http-api.md:25 [glob-list-mismatch]',
      'docs/components/sns-alerts.md:25 [fix-placeholder]',
    ]);
  });

  it('reaches a fixed point: a second fix changes nothing', () => {
    const again = fixDocs(result.files, withTemplates);
    expect(again.changed).toEqual([]);
    expect(again.applied).toEqual([]);
  });

  it('changes exactly the golden diff', () => {
    const diff = result.changed.map((p) => createTwoFilesPatch(`a/${p}`, `b/${p}`, before.get(p)!, result.files.find((f) => f.path === p)!.text)).join('');
    expectGolden(path.join(root, 'expected.diff'), diff);
  });

  it('touches only Dependencies and Required By sections and Sequence Diagram links', () => {
    for (const f of result.files) expect(editsOutside(before.get(f.path)!, f.text), f.path).toEqual([]);
  });

  it('keeps each file’s line endings and BOM', () => {
    for (const f of result.files) {
      const was = before.get(f.path)!;
      expect(f.text.startsWith('\uFEFF'), f.path).toBe(was.startsWith('\uFEFF'));
      if (was.includes('\r\n')) expect(f.text.replace(/\r\n/g, '').includes('\n'), `${f.path} gained a bare LF`).toBe(false);
      else expect(f.text.includes('\r'), `${f.path} gained a CR`).toBe(false);
    }
  });

  it('--only limits the repairs to one rule', () => {
    const only = fixDocs(files, { ...withTemplates, only: 'diagram-link' });
    expect(new Set(only.applied.map((a) => a.ruleId))).toEqual(new Set(['diagram-link']));
    const left = analyze(only.files, withTemplates).diagnostics;
    expect(left.some((d) => d.ruleId === 'diagram-link')).toBe(false);
    expect(left.some((d) => d.ruleId === 'required-by-asymmetry')).toBe(true);
  });
});

describe('one cause, one diagnostic (on the corpus before fix)', () => {
  const before = analyze(files, withTemplates).diagnostics;
  const at = (file: string, rule: string) => before.filter((d) => d.file === `docs/components/${file}` && d.ruleId === rule);

  it('reports a hub’s missing Delete entries once, with every id and the glob to write', () => {
    const [d, ...more] = at('http-api.md', 'delete-order');
    expect(more).toEqual([]);
    expect(d!.ids).toHaveLength(9);
    expect(d!.related).toHaveLength(9);
    expect(d!.hint).toContain('`delete-func-api-*`');
    // The mirror rule does not report the same missing entries again.
    expect(at('http-api.md', 'required-by-asymmetry').flatMap((x) => x.ids ?? []).filter((id) => id.startsWith('func-api-') && id !== 'func-api-search')).toEqual([]);
  });

  it('reports a glob that nine docs do not mirror once, at the glob', () => {
    const [d, ...more] = at('integration-tests.md', 'required-by-asymmetry');
    expect(more).toEqual([]);
    expect(d!.ids).toHaveLength(9);
    expect(before.filter((x) => x.ruleId === 'required-by-asymmetry' && x.message.includes('`integration-tests` lists'))).toEqual([]);
  });

  it('names the glob a bare family name was meant as, with its ids', () => {
    const [d] = at('cloudwatch-dashboards.md', 'unknown-reference');
    expect(d!.message).toContain('did you mean `func-api-*` (the glob of 9 components)?');
    expect(d!.ids).toHaveLength(9);
  });
});
