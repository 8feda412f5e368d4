/**
 * Golden fixtures: test/fixtures/model/<case>/ holds `docs/` (the input),
 * `expected.diagnostics` (text format, one line each) and
 * `expected.model.json` (what `docflow model` prints). One runner walks every
 * case in sorted order. `UPDATE_GOLDENS=1` rewrites the goldens; see
 * test/helpers/golden.ts for what happens when one is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmp } from '../../generators/diagnostics/diagnostic.js';
import { loadProject } from '../../generators/project.js';
import { expectGolden } from '../helpers/golden.js';
import { ALL_RULE_IDS } from '../helpers/rule-ids.js';
import { analyzeDocs, type ComponentJson, type ModelJson, modelOf, printDiagnostics, printModel, repoRoot, withoutColumns, withoutPositions } from '../helpers/world.js';

const fixturesDir = path.join(repoRoot, 'test/fixtures/model');
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort(cmp);

/** Loads a case exactly as the CLI would with `--root <case> --docs docs`. */
async function loadCase(name: string) {
  const project = await loadProject({ root: path.join(fixturesDir, name), docs: 'docs' });
  expect(project.configDiagnostics).toEqual([]);
  return project;
}

describe('model fixtures', () => {
  it('has a failing fixture `rule-<id>…` for every rule id, whose golden shows that id', () => {
    for (const id of ALL_RULE_IDS) {
      const own = cases.filter((c) => c === `rule-${id}` || c.startsWith(`rule-${id}-`));
      expect(own, `no fixture rule-${id}`).not.toEqual([]);
      for (const c of own) {
        const file = path.join(fixturesDir, c, 'expected.diagnostics');
        expect(existsSync(file) ? readFileSync(file, 'utf8') : '(no golden yet)', c).toContain(`[${id}]`);
      }
    }
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(fixturesDir, name);
      // Only the input and the two goldens: a misspelt golden would otherwise never be compared.
      const stray = readdirSync(dir).filter((f) => !['docs', 'expected.diagnostics', 'expected.model.json', 'templates'].includes(f));
      expect(stray, `unexpected files in ${name}`).toEqual([]);

      const project = await loadCase(name);
      expect(project.files.length, `${name}/docs has no .md files`).toBeGreaterThan(0);
      // Compare both goldens before failing, so one run writes or shows every difference.
      const failures: unknown[] = [];
      for (const [file, actual] of [
        ['expected.diagnostics', printDiagnostics(project.analysis.diagnostics)],
        ['expected.model.json', printModel(project.analysis)],
      ] as const) {
        try {
          expectGolden(path.join(dir, file), actual);
        } catch (e) {
          failures.push(e);
        }
      }
      if (failures.length > 0) throw failures[0];
    });
  }
});

describe('fixture families', () => {
  /** What two spellings of one component share: no positions, no heading titles as written. */
  const meaning = (c: ComponentJson) => {
    const { sections: _sections, line: _line, title: _title, ...rest } = c;
    const workflows = rest.workflows as Record<string, { sections?: unknown } | null>;
    const stripped = Object.fromEntries(Object.entries(workflows).map(([k, w]) => [k, w && { ...w, sections: undefined }]));
    return withoutPositions({ ...rest, workflows: stripped });
  };

  /** Diagnostics without their places: the same notes, wherever the sections sit. */
  const notes = (m: ModelJson) => m.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`).sort(cmp);

  it('every spelling of the users-table doc yields the canonical model', async () => {
    const canonical = modelOf((await loadCase('format-canonical')).analysis);
    expect(canonical.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(canonical.components.map((c) => c.id)).toEqual(['func-users', 'users-table']);
    const variants = ['format-heading-case', 'format-long-subheadings', 'format-section-order', 'format-thematic-breaks', 'encoding-crlf-bom-tabs', 'encoding-lf-twin'];
    for (const variant of variants) {
      const model = modelOf((await loadCase(variant)).analysis);
      expect(notes(model), variant).toEqual(notes(canonical));
      expect(model.components.map(meaning), variant).toEqual(canonical.components.map(meaning));
    }
  });

  it('the CRLF + BOM + tabs doc has the bytes it claims (git must not normalise them)', () => {
    const bytes = readFileSync(path.join(fixturesDir, 'encoding-crlf-bom-tabs/docs/users-table.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(50);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toMatch(/\r\n\t- `TableName`/);
    expect(text).toMatch(/ \t\r\n/);
    const attributes = readFileSync(path.join(repoRoot, '.gitattributes'), 'utf8');
    expect(attributes).toMatch(/^test\/fixtures\/model\/encoding-crlf-bom-tabs\/\*\* -text$/m);
  });

  it('the CRLF + BOM + tabs doc gives the same model as its LF twin (lines too; columns differ only where whitespace differs)', async () => {
    const dirty = modelOf((await loadCase('encoding-crlf-bom-tabs')).analysis);
    const twin = modelOf((await loadCase('encoding-lf-twin')).analysis);
    expect(withoutColumns(dirty)).toEqual(withoutColumns(twin));
    // With the same tabs and trailing blanks, only the BOM and CRLF removed, everything matches, columns included.
    const text = readFileSync(path.join(fixturesDir, 'encoding-crlf-bom-tabs/docs/users-table.md'), 'utf8');
    const friend = readFileSync(path.join(fixturesDir, 'encoding-crlf-bom-tabs/docs/func-users.md'), 'utf8');
    const lf = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    expect(printModel(analyzeDocs({ 'users-table.md': text, 'func-users.md': friend }))).toBe(printModel(analyzeDocs({ 'users-table.md': lf, 'func-users.md': friend })));
  });
});
