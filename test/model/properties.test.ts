/**
 * Property tests over the bundled example docs: random damage never makes
 * analysis throw and never yields a diagnostic outside the file, and the
 * printed model does not depend on the order files are read in.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import type { Diagnostic, Point } from '../../generators/diagnostics/diagnostic.js';
import type { SourceFile } from '../../generators/model/load.js';
import { normalizeSource } from '../../generators/parse/markdown.js';
import { exampleDocs, printModel } from '../helpers/world.js';

/** `PROPERTY_SCALE=20` runs every property twenty times as often, for a deeper local search. */
const scale = Math.max(1, Number(process.env.PROPERTY_SCALE ?? 1));
const runs = (n: number) => ({ numRuns: n * scale });

let docs: SourceFile[] = [];
beforeAll(async () => {
  docs = await exampleDocs();
});

/** Lines starting Markdown constructs, near-misses of our own syntax, and odd characters. */
const junkLine = fc.oneof(
  fc.constantFrom(
    '#',
    '# ',
    '# other-title',
    '## Dependencies',
    '## Required By',
    '## Deploy Workflow',
    '## Delete Workflow',
    '## CloudFormation Stack',
    '## Failure Scenarios',
    '### Deploy',
    '### Delete',
    '### Steps',
    '### Unknown',
    '```',
    '~~~',
    '```python',
    '- ',
    '- `',
    '- — reason only',
    '- `func-*` — glob',
    '- `nope-?` — glob',
    '- [x](./missing.md) — link',
    '- [x](../../outside.md)',
    '1. ',
    '1. SAM deploy `firefly-x` with parameters:',
    '   - `P` (from',
    '   - `Q` (from the vault)',
    '2. Look up `A` from the `firefly-y` stack output (optional)',
    '| a |',
    '| --- | --- |',
    '| `id` | reason |',
    '---',
    '***',
    '---\nfoo: [',
    '<!--',
    '-->',
    '[x](',
    '![a](',
    '`',
    '> quote',
    '\t',
    '    indented code',
    'None',
    '${{ github.event.issue.title }}',
    'Setext heading\n===',
    '\u0000',
    '\uFEFF',
    '\r',
    '\u2028',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'inject'; at: number; line: string }
  | { kind: 'swap-sections'; a: number; b: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice-chars'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), line: junkLine }),
  fc.record({ kind: fc.constant('swap-sections' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice-chars' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 6 }) }),
);

/** Applies one mutation; positions wrap around the text, so any number is valid. */
function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'delete':
      lines.splice(m.at % lines.length, m.count);
      return lines.join('\n');
    case 'inject':
      lines.splice(m.at % (lines.length + 1), 0, m.line);
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'splice-chars': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'swap-sections': {
      // Split at H2 headings; the part before the first H2 stays first.
      const starts = lines.flatMap((l, i) => (l.startsWith('## ') ? [i] : []));
      if (starts.length < 2) return text;
      const parts = starts.map((s, i) => lines.slice(s, starts[i + 1] ?? lines.length));
      const [a, b] = [m.a % parts.length, m.b % parts.length];
      [parts[a], parts[b]] = [parts[b]!, parts[a]!];
      return [...lines.slice(0, starts[0]), ...parts.flat()].join('\n');
    }
  }
}

/** Where a point may be in `text` as docflow reads it: a real line, at most one past its end. */
function pointProblem(text: string, p: Point): string | null {
  const lines = normalizeSource(text).split('\n');
  if (!Number.isInteger(p.line) || !Number.isInteger(p.column) || p.line < 1 || p.column < 1) return `not 1-based: ${p.line}:${p.column}`;
  const line = lines[p.line - 1];
  if (line === undefined) return `line ${p.line} of ${lines.length}`;
  if (p.column > line.length + 1) return `column ${p.column} on a line of ${line.length}`;
  return null;
}

/** Every diagnostic (and related place) lies within its file; ends are not before starts. */
function expectPositionsInFiles(diagnostics: readonly Diagnostic[], files: readonly SourceFile[]): void {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  for (const d of diagnostics) {
    const where = `${d.file}:${d.start.line}:${d.start.column} [${d.ruleId}] ${d.message}`;
    const text = byPath.get(d.file);
    expect(text, `${where}: unknown file`).toBeDefined();
    expect(pointProblem(text!, d.start), where).toBeNull();
    if (d.end) {
      expect(pointProblem(text!, d.end), `${where} (end)`).toBeNull();
      expect(d.end.line > d.start.line || (d.end.line === d.start.line && d.end.column >= d.start.column), `${where}: end before start`).toBe(true);
    }
    for (const r of d.related ?? []) {
      expect(byPath.has(r.file), `${where}: related file ${r.file}`).toBe(true);
      expect(pointProblem(byPath.get(r.file)!, r.start), `${where} (related ${r.file})`).toBeNull();
    }
  }
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

describe('random damage to the example docs', () => {
  it('one damaged doc on its own: never throws, every position is in the file', () => {
    fc.assert(
      fc.property(fc.nat(), mutations, (pick, ms) => {
        const doc = docs[pick % docs.length]!;
        const file = { path: doc.path, text: ms.reduce(mutate, doc.text) };
        expectPositionsInFiles(analyze([file]).diagnostics, [file]);
      }),
      runs(150),
    );
  });

  it('damaged docs among all the others: never throws, every position is in its file', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), mutations), { minLength: 1, maxLength: 3 }), (damage) => {
        const files = docs.map((d) => ({ ...d }));
        for (const [pick, ms] of damage) {
          const f = files[pick % files.length]!;
          f.text = ms.reduce(mutate, f.text);
        }
        expectPositionsInFiles(analyze(files).diagnostics, files);
      }),
      runs(12),
    );
  });
});

describe('encoding', () => {
  it('every example doc as CRLF with a BOM prints the same model as LF without one', () => {
    const lf = docs.map((d) => ({ path: d.path, text: normalizeSource(d.text) }));
    const crlf = lf.map((d) => ({ path: d.path, text: '\uFEFF' + d.text.replace(/\n/g, '\r\n') }));
    expect(crlf.some((d, i) => d.text !== docs[i]!.text) && lf.some((d, i) => d.text !== docs[i]!.text)).toBe(true);
    expect(printModel(analyze(crlf))).toBe(printModel(analyze(lf)));
  });
});

describe('file order', () => {
  it('any subset of the docs, in any order, prints the same model as in sorted order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(docs.map((_, i) => i), { minLength: 1 }), (order) => {
        const shuffled = order.map((i) => docs[i]!);
        const sorted = [...order].sort((a, b) => a - b).map((i) => docs[i]!);
        expect(printModel(analyze(shuffled))).toBe(printModel(analyze(sorted)));
      }),
      runs(12),
    );
  });

  it('all docs, in any order, print the same model, components sorted by id', () => {
    const baseline = printModel(analyze(docs));
    const ids = (JSON.parse(baseline) as { components: { id: string }[] }).components.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), (shuffled) => {
        expect(printModel(analyze(shuffled))).toBe(baseline);
      }),
      runs(4),
    );
  });
});
