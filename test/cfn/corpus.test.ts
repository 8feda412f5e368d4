/**
 * The template corpus (test/fixtures/cfn): each template is read as `check`
 * reads it, and what docflow takes from it — parameters, outputs with their
 * export names, resources, the capabilities it needs, its imports, or the
 * diagnostics that say why it cannot be read — is compared with a golden
 * beside it, positions included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredCapabilities } from '../../generators/cfn/capabilities.js';
import { parseStackTemplate } from '../../generators/cfn/template.js';
import { evaluateString } from '../../generators/cfn/values.js';
import { cmp } from '../../generators/diagnostics/diagnostic.js';
import { expectGolden } from '../helpers/golden.js';
import { printDiagnostics, repoRoot } from '../helpers/world.js';

const dir = path.join(repoRoot, 'test/fixtures/cfn');
const templates = readdirSync(dir).filter((f) => /\.(?:ya?ml|json)$/.test(f) && !f.endsWith('.expected.json')).sort(cmp);
const at = (p: { start: { line: number; column: number } }) => `${p.start.line}:${p.start.column}`;

/** Names a doc could make known: the stack, and an invented value for each parameter without a default. */
const STACK = 'app-corpus';

function summary(file: string): string {
  const read = parseStackTemplate(`test/fixtures/cfn/${file}`, readFileSync(path.join(dir, file), 'utf8'));
  if (!read.template) return printDiagnostics(read.diagnostics);
  const t = read.template;
  const names = new Map<string, string>([['AWS::StackName', STACK]]);
  for (const p of t.parameters) if (p.defaultValue !== null) names.set(p.name, p.defaultValue);
  const lines = [
    ...read.diagnostics.map((d) => `diagnostic ${d.start.line}:${d.start.column} ${d.message}`),
    `parameters ${at(t.parametersPosition)}`,
    ...t.parameters.map((p) => `  ${p.name} ${at(p.position)}${p.hasDefault ? ` default=${JSON.stringify(p.defaultValue)}` : ' required'}`),
    `outputs ${at(t.outputsPosition)}`,
    ...t.outputs.map((o) => `  ${o.name} ${at(o.position)}${o.exportName ? ` export=${JSON.stringify(evaluateString(o.exportName, names))}` : ''}`),
    'resources',
    ...t.resources.map((r) => `  ${r.logicalId} ${at(r.position)} ${r.type}`),
    'transforms',
    ...t.transforms.map((x) => `  ${x.name} ${at(x.position)}`),
    'capabilities',
    ...requiredCapabilities(t).map((c) => `  ${c.capability} ${at(c.position)}${c.samTransformOnly ? ' (SAM transform only)' : ''}: ${c.reason}`),
    'imports',
    ...t.imports.map((i) => `  ${at(i.position)} ${JSON.stringify(evaluateString(i.name, names))}`),
  ];
  return lines.join('\n') + '\n';
}

describe('template corpus', () => {
  it('covers SAM with named roles, plain CloudFormation, nested intrinsics, imports, JSON, Conditions and broken templates', () => {
    for (const name of ['sam-named-roles.yaml', 'plain-cloudformation.yaml', 'nested-intrinsics.yaml', 'import-value.yaml', 'json-template.json', 'conditions.yaml']) {
      expect(templates).toContain(name);
    }
    expect(templates.filter((t) => t.startsWith('invalid-')).length).toBeGreaterThan(3);
  });

  for (const file of templates) {
    it(file, () => {
      expectGolden(path.join(dir, `${file.replace(/\.(?:ya?ml|json)$/, '')}.expected`), summary(file));
    });
  }

  it('never throws, and reports a broken template at its own line', () => {
    for (const file of templates.filter((t) => t.startsWith('invalid-'))) {
      const read = parseStackTemplate(file, readFileSync(path.join(dir, file), 'utf8'));
      expect(read.diagnostics.length, file).toBeGreaterThan(0);
      for (const d of read.diagnostics) {
        expect(d.ruleId).toBe('invalid-template');
        expect(d.file).toBe(file);
      }
    }
  });
});
