/**
 * Executes docs/rules.md: every `markdown rule=<id> expect=fail|pass` block
 * runs through `analyze`. A fail block must produce the rule (at the severity
 * the page states), a pass block neither the rule nor any error. Every rule
 * in the registry and every id the parser reports must be documented with both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../generators/check/registry.js';
import { RULES } from '../../generators/diagnostics/rule-ids.js';
import { fencedBlocks, splitDocs } from '../helpers/fenced.js';
import { ALL_RULE_IDS, PARSE_IDS } from '../helpers/rule-ids.js';
import { analyzeDocs, printDiagnostics, repoFile, repoRoot } from '../helpers/world.js';

const page = repoFile('docs/rules.md');
const blocks = fencedBlocks(page).filter((b) => b.lang === 'markdown' && b.attrs.rule !== undefined);

/** `## \`id\`` sections with the severity each states. */
const sections = new Map<string, { severity: string | undefined }>();
for (const [, id, body] of page.matchAll(/^## `([a-z0-9-]+)`\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)) {
  sections.set(id!, { severity: /^Severity: \*\*(error|warning|info)\*\*/m.exec(body!)?.[1] });
}

describe('docs/rules.md', () => {
  it('documents exactly the registry rules and the parse-level ids', () => {
    expect([...sections.keys()].sort()).toEqual(ALL_RULE_IDS);
  });

  it('knows every id the parser and the step kinds can report', () => {
    // A new parse-level id must be added to PARSE_IDS (and so to the page).
    const sources = [path.join(repoRoot, 'generators/model/build.ts'), path.join(repoRoot, 'generators/model/load.ts'), ...walk(path.join(repoRoot, 'generators/steps'))];
    const found = new Set<string>();
    for (const file of sources) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:report\(|ruleId: )'([a-z0-9-]+)'/g)) found.add(m[1]!);
    }
    // user-kinds.ts reports on template files, not on docs.
    found.delete('invalid-step-kind');
    // load.ts reports unreadable files too: a tool-level id (Other diagnostics), not a parse rule.
    found.delete('unreadable-file');
    expect([...found].sort()).toEqual([...PARSE_IDS].sort());
  });

  it('gives every rule a severity, and the registry agrees with it', () => {
    for (const [id, s] of sections) expect(s.severity, `severity line of ${id}`).toBeDefined();
    for (const [id, info] of Object.entries(RULES)) if (info.anchor !== null) expect(sections.get(info.anchor)?.severity, id).toBe(info.severity);
  });

  it('lists every rule in the contents table with its severity, who reports it and what it holds back, as the registry says', () => {
    for (const [id, info] of Object.entries(RULES)) {
      if (info.anchor === null) continue;
      const row = page.split('\n').find((l) => l.startsWith(`| [\`${id}\`](#${info.anchor}) |`));
      expect(row, id).toBeDefined();
      expect(row!.startsWith(`| [\`${id}\`](#${info.anchor}) | ${info.severity} | ${info.reportedBy.join(', ')} |`), `${id}: ${row}`).toBe(true);
      expect(row!.endsWith(` | ${info.holdsBack} |`), `${id}: ${row}`).toBe(true);
    }
  });

  it('every check rule has its id in the registry, reported by check', () => {
    for (const rule of rules) expect(RULES[rule.id].reportedBy, rule.id).toContain('check');
    const checked = Object.entries(RULES).filter(([, info]) => info.reportedBy.includes('check')).map(([id]) => id);
    expect(rules.map((r) => r.id).sort()).toEqual(checked.sort());
  });

  it('has a failing and a passing example for every rule, inside its own section', () => {
    for (const block of blocks) {
      expect(['fail', 'pass'], `expect= of the block at line ${block.line}`).toContain(block.attrs.expect);
      expect(block.section, `the block at line ${block.line} sits outside the section of ${block.attrs.rule}`).toBe(block.attrs.rule);
    }
    for (const id of sections.keys()) {
      expect(blocks.filter((b) => b.attrs.rule === id && b.attrs.expect === 'fail').length, `${id} fail examples`).toBeGreaterThan(0);
      expect(blocks.filter((b) => b.attrs.rule === id && b.attrs.expect === 'pass').length, `${id} pass examples`).toBeGreaterThan(0);
    }
  });

  describe.each(blocks.map((b) => [`${b.attrs.rule} ${b.attrs.expect} (rules.md:${b.line})`, b] as const))('%s', (_name, block) => {
    it('yields what it says', () => {
      // `<!-- file: templates/x.yaml -->` parts are repository files (templates), not docs; with any, the rest of the repo is empty.
      const parts = splitDocs(block.body);
      const repoFiles = new Set(Object.keys(parts).filter((name) => !name.endsWith('.md')));
      const analysis = analyzeDocs(parts, repoFiles.size > 0 ? { fileExists: (file) => repoFiles.has(file) } : {});
      const printed = printDiagnostics(analysis.diagnostics);
      if (block.attrs.expect === 'pass') {
        const wrong = analysis.diagnostics.filter((d) => d.ruleId === block.attrs.rule || d.severity === 'error');
        expect(printDiagnostics(wrong), `a passing example must not yield [${block.attrs.rule}] or any error; it yields:\n${printed}`).toBe('');
        return;
      }
      const hits = analysis.diagnostics.filter((d) => d.ruleId === block.attrs.rule);
      expect(hits.length, `no [${block.attrs.rule}] in:\n${printed}`).toBeGreaterThan(0);
      for (const d of hits) expect(d.severity).toBe(sections.get(block.attrs.rule!)?.severity);
    });
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}
