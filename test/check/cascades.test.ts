/**
 * One cause, one diagnostic: an entry that names nothing (a misspelt id, a
 * glob that matches none) is reported once, at the entry, and the mirror,
 * delete-order and stack-order findings it alone causes are folded into it.
 * `docflow fix` then repairs the one entry and the check is clean.
 */
import { describe, expect, it } from 'vitest';
import { fixDocs } from '../../generators/fix/run.js';
import { type StackDoc, stackDoc } from '../helpers/stacks.js';
import { analyzeDocs, docFiles, printDiagnostics } from '../helpers/world.js';

/** A table and the API that deploys on it, every entry mirrored. */
function world(): { table: StackDoc; api: StackDoc } {
  return {
    table: { id: 'users-table', stack: 'app-users-table', requiredByDeploy: ['user-api'], deleteDependencies: ['user-api'] },
    api: { id: 'user-api', stack: 'app-user-api', deployDependencies: ['users-table'], requiredByDelete: ['users-table'] },
  };
}

function docs(w: { table: StackDoc; api: StackDoc }): Record<string, string> {
  return { 'users-table.md': stackDoc(w.table), 'user-api.md': stackDoc(w.api) };
}

function findings(files: Record<string, string>) {
  return analyzeDocs(files).diagnostics.filter((d) => d.severity !== 'info');
}

const cases: [string, (w: { table: StackDoc; api: StackDoc }) => void, string, string][] = [
  ['a misspelt Deploy dependency', (w) => void (w.api.deployDependencies = ['usrs-table']), 'unknown-reference', 'users-table'],
  ['a misspelt Delete dependency', (w) => void (w.table.deleteDependencies = ['usr-api']), 'unknown-reference', 'user-api'],
  ['a misspelt Required By › Deploy entry', (w) => void (w.table.requiredByDeploy = ['usr-api']), 'unknown-reference', 'user-api'],
  ['a misspelt Required By › Delete entry', (w) => void (w.api.requiredByDelete = ['usrs-table']), 'unknown-reference', 'users-table'],
  ['a Required By glob that matches nothing', (w) => void (w.table.requiredByDeploy = ['usr-*']), 'glob-no-match', 'user-api'],
  ['a Delete dependency glob that matches nothing', (w) => void (w.table.deleteDependencies = ['usr-*']), 'glob-no-match', 'user-api'],
  [
    'a misspelt Deploy dependency of a doc that reads the stack',
    (w) => {
      w.api.deployDependencies = ['usrs-table'];
      w.api.lookups = [['app-users-table', 'TableName']];
      w.table.requiredByDeploy = [];
      w.table.deleteDependencies = [];
      w.api.requiredByDelete = [];
    },
    'unknown-reference',
    'users-table',
  ],
];

describe('an entry that names nothing', () => {
  it('the world is clean before any mutation', () => {
    expect(printDiagnostics(findings(docs(world())))).toBe('');
  });

  it.each(cases)('%s gives exactly one diagnostic, at the entry, naming what it meant', (_name, mutate, rule, meant) => {
    const w = world();
    mutate(w);
    const found = findings(docs(w));
    expect(found.map((d) => d.ruleId)).toEqual([rule]);
    expect(found[0]!.message).toContain(`did you mean \``);
    expect(found[0]!.message).toMatch(new RegExp(`\`${meant.replace(/-\w+$/, '')}`));
    expect(found[0]!.hint).toMatch(/docflow fix/);
  });

  // The last case's other docs do not point back: nothing to relate.
  it.each(cases.slice(0, -1))('%s: the entries in other docs that point at it are its related locations and ids', (_name, mutate, _rule, meant) => {
    const w = world();
    mutate(w);
    const [d] = findings(docs(w));
    expect([...new Set(d!.related?.map((r) => r.file))]).toEqual([`docs/components/${meant}.md`]);
    expect(d!.ids).toEqual([meant]);
  });

  it.each(cases)('%s: docflow fix repairs that entry first, and the check is clean', (_name, mutate, rule) => {
    const w = world();
    mutate(w);
    const fixed = fixDocs(docFiles(docs(w)));
    const after = Object.fromEntries(fixed.files.map((f) => [f.path.replace('docs/components/', ''), f.text]));
    expect(printDiagnostics(findings(after))).toBe('');
    expect(fixed.applied[0]!.ruleId).toBe(rule);
  });

  it('a misspelling the other docs do not confirm still hides nothing else', () => {
    const w = world();
    w.api.deployDependencies = ['tbl'];
    const found = findings(docs(w));
    expect(found.map((d) => d.ruleId).sort()).toEqual(['required-by-asymmetry', 'unknown-reference']);
  });

  it('of two equally close ids, the one the other docs confirm is the meaning', () => {
    const w = world();
    w.api.deployDependencies = ['users-tabl'];
    const files = { ...docs(w), 'users-tabla.md': stackDoc({ id: 'users-tabla', stack: 'app-users-tabla' }) };
    const found = findings(files);
    expect(found.map((d) => [d.ruleId, d.message])).toEqual([
      ['unknown-reference', 'Unknown component `users-tabl` in Dependencies › Deploy; did you mean `users-table`? (`users-table` lists `user-api` under Required By › Deploy)'],
    ]);
  });
});
