/**
 * Property: a generated consistent system — docs plus the templates their
 * stacks deploy, with lookups, imports, parameters and capabilities that all
 * agree — checks clean; and each single mutation (drop a parameter, rename an
 * output, remove a capability) yields exactly the one expected finding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic.js';
import { type StackDoc, stackDoc } from '../helpers/stacks.js';
import { analyzeDocs, printDiagnostics } from '../helpers/world.js';

type Access = 'none' | 'sam' | 'named' | 'macro';

interface Spec {
  required: number;
  optional: number;
  access: Access;
  /** Indexes of earlier components whose outputs it looks up. */
  reads: number[];
  /** Imports the first component's export. */
  imports: boolean;
}

interface System {
  docs: StackDoc[];
  templates: Map<string, Template>;
}

/** A template as data, so mutations stay structural. */
interface Template {
  parameters: { name: string; default: string | null }[];
  outputs: { name: string; exportName: string | null }[];
  access: Access;
  imports: string[];
}

const CAPABILITY: Record<Access, string | null> = { none: null, sam: 'CAPABILITY_IAM', named: 'CAPABILITY_NAMED_IAM', macro: 'CAPABILITY_AUTO_EXPAND' };

function build(specs: Spec[]): System {
  const ids = specs.map((_, i) => `c${i}`);
  const stack = (i: number) => `app-c${i}`;
  const readers = ids.map(() => [] as number[]);
  specs.forEach((s, i) => s.reads.forEach((j) => readers[j]!.push(i)));
  const docs: StackDoc[] = [];
  const templates = new Map<string, Template>();
  specs.forEach((s, i) => {
    const needs = [...new Set([...s.reads, ...(s.imports && i > 0 ? [0] : [])])].sort((a, b) => a - b);
    const needed = ids.flatMap((_, k) => (specs[k]!.reads.includes(i) || (specs[k]!.imports && k > 0 && i === 0) ? [k] : []));
    const required = Array.from({ length: s.required }, (_, k) => `Setting${k}`);
    const lookups = s.reads.map((j) => [stack(j), `FromC${j}ForC${i}`] as [string, string]);
    const template: Template = {
      parameters: [
        ...required.map((name) => ({ name, default: null })),
        ...Array.from({ length: s.optional }, (_, k) => ({ name: `Tuning${k}`, default: `${k}` })),
        ...lookups.map(([, output]) => ({ name: output, default: null })),
      ],
      outputs: [{ name: 'Shared', exportName: i === 0 ? `${stack(0)}-Shared` : null }, ...readers[i]!.map((k) => ({ name: `FromC${i}ForC${k}`, exportName: null }))],
      access: s.access,
      imports: s.imports && i > 0 ? [`${stack(0)}-Shared`] : [],
    };
    templates.set(`templates/c${i}.yaml`, template);
    const capability = CAPABILITY[s.access];
    docs.push({
      id: ids[i]!,
      stack: stack(i),
      template: `templates/c${i}.yaml`,
      parameters: [...required.map((name) => `${name} (from vars.${name.toUpperCase()})`), ...lookups.map(([, output]) => output)],
      capabilities: capability ? [capability] : [],
      lookups,
      deployDependencies: needs.map((j) => ids[j]!),
      requiredByDelete: needs.map((j) => ids[j]!),
      requiredByDeploy: needed.map((k) => ids[k]!),
      deleteDependencies: needed.map((k) => ids[k]!),
    });
  });
  return { docs, templates };
}

function yaml(t: Template): string {
  const lines: string[] = [];
  if (t.access === 'sam') lines.push('Transform: AWS::Serverless-2016-10-31');
  if (t.access === 'macro') lines.push('Transform: AWS::LanguageExtensions');
  if (t.parameters.length) {
    lines.push('Parameters:');
    for (const p of t.parameters) lines.push(`  ${p.name}:`, '    Type: String', ...(p.default !== null ? [`    Default: '${p.default}'`] : []));
  }
  lines.push('Resources:', '  Queue:', '    Type: AWS::SQS::Queue');
  if (t.imports.length) lines.push('    Properties:', '      Tags:', ...t.imports.map((name) => `        - { Key: imported, Value: !ImportValue ${name} }`));
  if (t.access === 'sam') lines.push('  Fn:', '    Type: AWS::Serverless::Function', '    Properties:', '      Handler: index.handler', '      Runtime: nodejs20.x', '      InlineCode: x');
  if (t.access === 'named') {
    lines.push('  Role:', '    Type: AWS::IAM::Role', '    Properties:', "      RoleName: !Sub '${AWS::StackName}-role'", '      AssumeRolePolicyDocument: {}');
  }
  lines.push('Outputs:');
  for (const o of t.outputs) lines.push(`  ${o.name}:`, '    Value: !Ref Queue', ...(o.exportName ? ['    Export:', `      Name: !Sub '\${AWS::StackName}-${o.name}'`] : []));
  return lines.join('\n') + '\n';
}

function check(system: System): Diagnostic[] {
  const files: Record<string, string> = {};
  for (const d of system.docs) files[`${d.id}.md`] = stackDoc(d);
  for (const [file, t] of system.templates) files[file] = yaml(t);
  // Warnings too: a consistent system has nothing to say.
  return analyzeDocs(files).diagnostics.filter((d) => d.severity !== 'info');
}

const spec = (index: number): fc.Arbitrary<Spec> =>
  fc.record({
    required: fc.integer({ min: 0, max: 2 }),
    optional: fc.integer({ min: 0, max: 2 }),
    access: fc.constantFrom<Access>('none', 'sam', 'named', 'macro'),
    reads: index === 0 ? fc.constant([]) : fc.subarray(Array.from({ length: index }, (_, j) => j)),
    imports: index === 0 ? fc.constant(false) : fc.boolean(),
  });
const systems = fc.integer({ min: 2, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => spec(i))));

type Mutation = { kind: 'drop-parameter' | 'rename-output' | 'remove-capability'; target: number; pick: number };
const mutations: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom('drop-parameter' as const, 'rename-output' as const, 'remove-capability' as const), target: fc.nat(), pick: fc.nat() });

/** Applies `m` and returns the one finding it must cause (rule and doc), or null when it does not apply. */
function mutate(system: System, m: Mutation): { ruleId: string; file: string } | null {
  const doc = system.docs[m.target % system.docs.length]!;
  const template = system.templates.get(doc.template!)!;
  if (m.kind === 'drop-parameter') {
    const own = doc.parameters!.filter((p) => p.includes('(from vars.'));
    if (own.length === 0) return null;
    const dropped = own[m.pick % own.length]!;
    doc.parameters = doc.parameters!.filter((p) => p !== dropped);
    return { ruleId: 'missing-parameter', file: `docs/components/${doc.id}.md` };
  }
  if (m.kind === 'remove-capability') {
    if (!doc.capabilities!.length) return null;
    doc.capabilities = [];
    return { ruleId: 'missing-capability', file: `docs/components/${doc.id}.md` };
  }
  // Rename an output that exactly one other doc looks up.
  const read = template.outputs.filter((o) => o.name.startsWith('FromC'));
  if (read.length === 0) return null;
  const output = read[m.pick % read.length]!;
  const reader = `c${/ForC(\d+)$/.exec(output.name)![1]}`;
  output.name = `${output.name}Renamed`;
  return { ruleId: 'unknown-output', file: `docs/components/${reader}.md` };
}

describe('a generated system of docs and templates', () => {
  it('checks clean when docs and templates agree', () => {
    fc.assert(
      fc.property(systems, (specs) => {
        expect(printDiagnostics(check(build(specs)))).toBe('');
      }),
      { numRuns: 40 },
    );
  });

  it('yields exactly the one expected finding for each single mutation', () => {
    fc.assert(
      fc.property(systems, mutations, (specs, m) => {
        const system = build(specs);
        const expected = mutate(system, m);
        fc.pre(expected !== null);
        const found = check(system);
        expect(printDiagnostics(found).split('\n').filter(Boolean).length, printDiagnostics(found)).toBe(1);
        expect({ ruleId: found[0]!.ruleId, file: found[0]!.file }).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
