/**
 * Properties of `docflow fix` on random consistent systems: delete random
 * entries (never both sides of a deploy edge, which would lose the edge),
 * fix, and the graph has the same edges again; nothing outside the entry
 * sections and diagram links changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { fixDocs } from '../../generators/fix/run.js';
import { docFiles } from '../helpers/world.js';
import { editsOutside } from './support.js';

const POOL = ['db-a', 'db-b', 'fn-a', 'fn-b', 'fn-c', 'api-a', 'queue-a', 'web-a'];

interface Style {
  table: boolean;
  sep: string;
  crlf: boolean;
  marker: string;
}

const system = fc
  .integer({ min: 2, max: POOL.length })
  .chain((n) =>
    fc.record({
      ids: fc.shuffledSubarray(POOL, { minLength: n, maxLength: n }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 14 }),
      styles: fc.array(fc.record({ table: fc.boolean(), sep: fc.constantFrom(' — ', ': ', ' – ', ' - '), crlf: fc.boolean(), marker: fc.constantFrom('- ', '* ') }), { minLength: n, maxLength: n }),
      // Per edge: which entries to delete (bit 1: the dependent's Deploy entry, else maybe the Required By one; bits 2 and 3: the delete entries).
      cuts: fc.array(fc.nat({ max: 15 }), { minLength: 14, maxLength: 14 }),
    }),
  );

type Sys = { ids: string[]; edges: [number, number, number][]; styles: Style[]; cuts: number[] };

/** `[dependent, dependency]` pairs of a DAG: a later id deploys on an earlier one. */
function dag(s: Sys): [string, string][] {
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const [x, y] of s.edges) {
    const a = x % s.ids.length;
    const b = y % s.ids.length;
    if (a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${hi}>${lo}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([s.ids[hi]!, s.ids[lo]!]);
  }
  return out;
}

function docs(s: Sys, cut: boolean): Record<string, string> {
  const edges = dag(s);
  const lists = new Map<string, { deploy: string[][]; delete: string[][]; rdeploy: string[][]; rdelete: string[][] }>();
  for (const id of s.ids) lists.set(id, { deploy: [], delete: [], rdeploy: [], rdelete: [] });
  edges.forEach(([a, b], i) => {
    const c = cut ? s.cuts[i % s.cuts.length]! : 0;
    // Never both sides of a deploy edge: that would lose the edge itself.
    const dropDeploy = (c & 1) !== 0;
    const dropRequired = !dropDeploy && (c & 8) !== 0;
    if (!dropDeploy) lists.get(a)!.deploy.push([b, `${a} reads ${b}`]);
    if (!dropRequired) lists.get(b)!.rdeploy.push([a, `${a} reads ${b}`]);
    if (!(c & 2)) lists.get(b)!.delete.push([`delete-${a}`, 'goes first']);
    if (!(c & 4)) lists.get(a)!.rdelete.push([`delete-${b}`, 'goes after']);
  });
  const out: Record<string, string> = {};
  s.ids.forEach((id, i) => {
    const st = s.styles[i]!;
    const l = lists.get(id)!;
    const block = (entries: string[][]) =>
      entries.length === 0
        ? 'None'
        : st.table
          ? ['| Component | Why |', '| --- | --- |', ...entries.map(([r, why]) => `| \`${r}\` | ${why} |`)].join('\n')
          : entries.map(([r, why]) => `${st.marker}\`${r}\`${st.sep}${why}`).join('\n');
    const text = [
      `---\ntimeoutMinutes: ${10 + i}\n---\n`,
      `# ${id}\n\n## Overview\n\nThe ${id} component. Free text with \`${s.ids[0]}\` in it.\n`,
      `## CloudFormation Stack\n\n\`firefly-${id}\`\n`,
      `## Dependencies\n\n### Deploy\n\n${block(l.deploy)}\n\n### Delete\n\n${block(l.delete)}\n`,
      `## Required By\n\n### Deploy\n\n${block(l.rdeploy)}\n\n### Delete\n\n${block(l.rdelete)}\n`,
      `## Deploy Workflow\n\n### Steps\n\n1. SAM build.\n2. \`sam deploy\` — stack: \`firefly-${id}\`\n3. Print the outputs:\n   \`\`\`bash\n   echo "- \`${s.ids[0]}\` — not an entry"\n   \`\`\`\n\n### Sequence Diagram\n\n![Deploy ${id} sequence](./images/deploy-${id}.svg)\n`,
      `## Delete Workflow\n\n### Steps\n\n1. SAM delete \`firefly-${id}\`.\n\n### Sequence Diagram\n\n![Delete ${id} sequence](./images/delete-${id}.svg)\n`,
      `## Notes\n\n- \`${s.ids[s.ids.length - 1]}\` — a free section, never an entry\n`,
    ].join('\n');
    out[`${id}.md`] = st.crlf ? text.replace(/\n/g, '\r\n') : text;
  });
  return out;
}

/** Every edge of the model: `a deploy>b`, `a delete>b`, for both lists. */
function edgesOf(files: ReturnType<typeof docFiles>): string[] {
  const a = analyze(files);
  return a.components
    .flatMap((c) =>
      (['dependencies', 'requiredBy'] as const).flatMap((list) =>
        (['deploy', 'delete'] as const).flatMap((phase) => c[list][phase].flatMap((r) => r.ids.map((id) => `${c.id} ${list}.${phase} ${id}`))),
      ),
    )
    .sort();
}

describe('docflow fix properties', () => {
  it('restores the same edges after random deletions of entries', () => {
    fc.assert(
      fc.property(system, (s) => {
        const whole = docFiles(docs(s, false));
        expect(analyze(whole).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const fixed = fixDocs(docFiles(docs(s, true)));
        expect(edgesOf(fixed.files)).toEqual(edgesOf(whole));
        expect(fixDocs(fixed.files).changed).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('never changes a byte outside the entry sections and diagram links', () => {
    fc.assert(
      fc.property(system, fc.boolean(), (s, dropDiagrams) => {
        const broken = docs(s, true);
        if (dropDiagrams) for (const k of Object.keys(broken)) broken[k] = broken[k]!.replace(/!\[Delete ([^\]]+)\]\([^)]+\)/, '![Delete $1](./images/old.svg)');
        const files = docFiles(broken);
        const fixed = fixDocs(files);
        for (const f of fixed.files) {
          const before = files.find((x) => x.path === f.path)!.text;
          expect(editsOutside(before, f.text), f.path).toEqual([]);
          expect(f.text.includes('\r\n')).toBe(before.includes('\r\n'));
        }
      }),
      { numRuns: 15 },
    );
  });
});
