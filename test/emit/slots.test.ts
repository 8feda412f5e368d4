/**
 * A YAML template's shape is parsed once and each render's values are put
 * into its slots (generators/emit/slots.ts): the answer must be the parse of
 * the real render, whatever the values and wherever the template puts them,
 * and the same error when that render does not parse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderYaml, type TemplateSet } from '../../generators/emit/templates.js';
import { loadProject } from '../../generators/project.js';
import { repoRoot } from '../helpers/world.js';

const scale = Number(process.env.PROPERTY_SCALE ?? 1);

/** Templates that put `yaml` values everywhere a template could: whole values, keys, inside longer scalars, under tags and anchors, in flow collections. */
const SOURCES: Record<string, string> = {
  plain: 'name: {{yaml a}}\nenv: {{yaml b}}\n',
  key: '{{yaml a}}: {{yaml b}}\nx: 1\n',
  twoKeys: 'm:\n  {{yaml a}}: 1\n  {{yaml b}}: 2\n  "1": 3\n',
  inText: 'run: echo {{yaml a}}\n',
  flowSeq: 'list: [{{yaml a}}, {{yaml b}}]\n',
  flowMap: 'f: { k: {{yaml a}}, {{yaml b}}: 3 }\n',
  adjacent: 'v: {{yaml a}}:x\n',
  spaced: 'v: {{yaml a}} {{yaml b}}\n',
  tagged: 'v: !!str {{yaml a}}\n',
  anchored: 'k: &x {{yaml a}}\nj: *x\n',
  conditional: '{{#if a}}a: {{yaml a}}\n{{/if}}b: {{yaml b}}  # note\n',
  quoted: '"{{yaml a}}": 1\n',
  root: '{{yaml a}}\n',
  block: 's: |\n  {{yaml a}}\n',
  item: '- {{yaml a}}\n- {{yaml b}}\n',
  each: 'env:\n{{#each a}}\n  {{yaml this}}: {{yaml ../b}}\n{{/each}}\n',
  comment: '# {{yaml a}}\nb: {{yaml b}}\n',
};
const templates: TemplateSet = new Map(Object.entries(SOURCES).map(([name, source]) => [name, { name, file: `test:${name}`, source }]));

/** The parsed value as bytes (key order, -0 and own `constructor` keys included) and whether every object in it is a plain one; or the error. */
function outcome(set: TemplateSet, name: string, view: object, slots: boolean): { value: string; plain: boolean } | { error: string } {
  try {
    const value = renderYaml(set, name, view, { slots });
    return { value: canonical(value), plain: plainObjects(value) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Every value, key and key order spelled out (-0 apart from 0). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (v === null || typeof v !== 'object') return `${typeof v}:${JSON.stringify(v)}`;
  return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

function plainObjects(v: unknown): boolean {
  if (Array.isArray(v)) return Object.getPrototypeOf(v) === Array.prototype && v.every(plainObjects);
  if (v === null || typeof v !== 'object') return true;
  return Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every(plainObjects);
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '__proto__', 'constructor', 'true', 'null', '1', '0x1F', '1e3', '- a', 'a: b', '#x', '"', '\\', '\u2028', '\u0085', '\ufeff', '\ue000docflow-slot-0\ue001', 'a'.repeat(1100)),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.bigInt().map((b) => Number(b)),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(text, tie('v'), { maxKeys: 3 }),
  ),
})).v;

describe('renderYaml from a template shape', () => {
  it('answers what parsing the real render answers, for any values in any place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(SOURCES)), value, value, (name, a, b) => {
        expect(outcome(templates, name, { a, b }, true)).toStrictEqual(outcome(templates, name, { a, b }, false));
      }),
      { numRuns: 3000 * scale },
    );
  });

  it('answers what parsing the real render answers for every built-in step template with the example values', async () => {
    const project = await loadProject({ root: repoRoot });
    let compared = 0;
    for (const c of project.analysis.components) {
      for (const wf of Object.values(c.workflows)) {
        for (const step of wf?.steps ?? []) {
          if (!step.recognised) continue;
          for (const emitted of step.recognised.emit({ step, component: c, phase: 'deploy', config: c.options.config, stack: c.id, uses: (r: string) => r, stepId: (i: number) => `s${i}`, regionOf: () => null } as never)) {
            expect(outcome(project.templates, emitted.template, emitted.view, true)).toStrictEqual(outcome(project.templates, emitted.template, emitted.view, false));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
