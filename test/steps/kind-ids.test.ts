/**
 * A step kind lives in one module: its id appears as a string literal only
 * there. Code elsewhere asks a step's facts (or its kind's emitter and
 * diagram), so no module can compare a step's kind with a literal id.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { builtinStepKinds } from '../../generators/steps/registry.js';
import { repoRoot } from '../helpers/world.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
    });
}

/** Every string literal (and template literal without substitutions) in a file, with its line. */
function stringLiterals(file: string, text = readFileSync(file, 'utf8')): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const ids = new Set(builtinStepKinds.map((k) => k.id));

/** The same word meaning something else: `file line: literal`, each with why. Kept exact, so a new one is a decision. */
const NOT_KIND_IDS = new Map([
  ["generators/emit/yaml.ts: 'shell'", "GitHub's `shell:` step key, in the canonical key order"],
  ["generators/steps/kinds/script.ts: 'shell'", 'a fence language the script kind accepts'],
  ["generators/config/load.ts: 'checkout'", 'the `checkout` config key (persist-credentials)'],
]);
const generators = path.join(repoRoot, 'generators');

it('every built-in kind has its own module, steps/kinds/<id>.ts, that holds its id', () => {
  for (const id of ids) {
    const own = path.join(generators, 'steps/kinds', `${id}.ts`);
    expect(stringLiterals(own).map((l) => l.text), own).toContain(id);
  }
});

it('no module but its own names a step kind id as a string literal', () => {
  const strays: string[] = [];
  for (const file of sourceFiles(generators)) {
    const rel = path.relative(repoRoot, file).split(path.sep).join('/');
    for (const literal of stringLiterals(file)) {
      if (ids.has(literal.text) && rel !== `generators/steps/kinds/${literal.text}.ts`) strays.push(`${rel}: '${literal.text}'`);
    }
  }
  expect(strays.filter((s) => !NOT_KIND_IDS.has(s))).toEqual([]);
  expect(strays.sort()).toEqual([...NOT_KIND_IDS.keys()].sort());
});

it('the scan would catch a comparison with a kind id, in any quoting', () => {
  const probe = "if (step.kind === 'sam-deploy') x();\nconst y = [`shell`, \"checkout\"];\n";
  expect(stringLiterals('probe.ts', probe).filter((l) => ids.has(l.text))).toEqual([
    { text: 'sam-deploy', line: 1 },
    { text: 'shell', line: 2 },
    { text: 'checkout', line: 2 },
  ]);
});
