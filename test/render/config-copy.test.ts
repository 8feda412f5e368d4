/**
 * The fast config copy must behave exactly like mermaid's own
 * `assignWithDepth`, which is taken here from the installed mermaid bundle:
 * same result, same mutations of both arguments, same sharing, same
 * property attributes and prototypes, same errors. Inputs come from a small
 * grammar that reaches every branch: arrays on either side, null and
 * primitive values, `__proto__` and `Object.prototype` names as keys,
 * null-prototype objects, prototypes with a setter or a read-only property,
 * frozen targets, objects shared between both arguments, cycles, getters
 * that swap their object's prototype, any depth.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAST_ASSIGN_WITH_DEPTH, declaresAssignWithDepth, withFastConfigCopy } from '../../generators/render/config-copy.js';

const scale = Math.max(1, Number(process.env.PROPERTY_SCALE ?? 1));

type Assign = (dst: unknown, src: unknown, options?: { depth?: number }) => unknown;

/** mermaid's ESM chunks, from the mermaid that mermaid-cli (and so docflow) loads. */
function mermaidModules(): { name: string; code: string }[] {
  const fromCli = createRequire(createRequire(import.meta.url).resolve('@mermaid-js/mermaid-cli'));
  const dist = join(dirname(fromCli.resolve('mermaid/package.json')), 'dist');
  const chunks = join(dist, 'chunks', 'mermaid.esm');
  return [
    { name: 'mermaid.esm.mjs', code: readFileSync(join(dist, 'mermaid.esm.mjs'), 'utf8') },
    ...readdirSync(chunks)
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => ({ name, code: readFileSync(join(chunks, name), 'utf8') })),
  ];
}

const modules = mermaidModules();
const declaring = modules.filter((m) => declaresAssignWithDepth(m.code));

function mermaidAssign(): Assign {
  const code = declaring[0]!.code;
  const start = code.indexOf('var assignWithDepth = ');
  const endMarker = '}, "assignWithDepth");';
  const end = code.indexOf(endMarker, start);
  if (start < 0 || end < 0) throw new Error("mermaid's assignWithDepth was not found in its bundle");
  const declaration = code.slice(start, end + endMarker.length);
  return new Function(`"use strict"; const __name = (f) => f; ${declaration} return assignWithDepth;`)() as Assign;
}

const fastAssign = new Function(`"use strict"; return (${FAST_ASSIGN_WITH_DEPTH});`)() as Assign;

// --- input grammar: built afresh for every run, since both functions mutate ---

type Spec =
  | { t: 'prim'; v: string | number | boolean | undefined | null }
  | { t: 'fn' }
  | {
      t: 'obj';
      proto: 'object' | 'null' | 'setter' | 'readonly';
      frozen: boolean;
      /** An own getter `swap` that re-prototypes the object to one with a setter. */
      swapper: boolean;
      entries: [string, Spec][];
    }
  | { t: 'arr'; items: Spec[] }
  | { t: 'shared'; i: number }
  /** The object `up` levels above this value (a cycle), or undefined at the top. */
  | { t: 'ancestor'; up: number };

const KEYS = ['a', 'b', 'c', '0', 'length', '__proto__', 'constructor', 'toString', 'guarded', 'fixed', 'swap'];

const specArb: fc.Arbitrary<Spec> = fc.letrec<{ spec: Spec }>((tie) => ({
  spec: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('prim' as const), v: fc.oneof(fc.constantFrom(undefined, null, true, 0, 1, ''), fc.string({ maxLength: 2 })) }),
    fc.record({ t: fc.constant('fn' as const) }),
    fc.record({ t: fc.constant('shared' as const), i: fc.nat(2) }),
    fc.record({ t: fc.constant('ancestor' as const), up: fc.nat(2) }),
    fc.record({
      t: fc.constant('obj' as const),
      proto: fc.constantFrom('object', 'object', 'null', 'setter', 'readonly'),
      frozen: fc.constantFrom(false, false, false, false, true),
      swapper: fc.constantFrom(false, false, false, true),
      entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('spec')), { maxLength: 4 }),
    }),
    fc.record({ t: fc.constant('arr' as const), items: fc.array(tie('spec'), { maxLength: 3 }) }),
  ),
})).spec;

/** A prototype whose `guarded` is a setter and `fixed` is read-only: assignment and defineProperty differ there. */
function trickyPrototype(kind: 'setter' | 'readonly'): object {
  const proto: Record<string, unknown> = {};
  if (kind === 'setter') {
    Object.defineProperty(proto, 'guarded', {
      set(this: Record<string, unknown>, value: unknown) {
        Object.defineProperty(this, 'setterSaw', { value, enumerable: true, configurable: true, writable: true });
      },
      configurable: true,
    });
  } else {
    Object.defineProperty(proto, 'fixed', { value: 'inherited', writable: false, enumerable: true });
  }
  return proto;
}

function build(spec: Spec, shared: unknown[], ancestors: unknown[] = []): unknown {
  switch (spec.t) {
    case 'prim':
      return spec.v;
    case 'fn':
      return function named() {};
    case 'shared':
      return shared[spec.i];
    case 'ancestor':
      return ancestors[ancestors.length - 1 - spec.up];
    case 'arr': {
      const array: unknown[] = [];
      for (const item of spec.items) array.push(build(item, shared, [...ancestors, array]));
      return array;
    }
    case 'obj': {
      const proto = spec.proto === 'object' ? Object.prototype : spec.proto === 'null' ? null : trickyPrototype(spec.proto);
      const object = Object.create(proto) as Record<string, unknown>;
      for (const [key, value] of spec.entries) {
        const built = build(value, shared, [...ancestors, object]);
        Object.defineProperty(object, key, { value: built, writable: true, enumerable: true, configurable: true });
      }
      if (spec.swapper && !Object.hasOwn(object, 'swap')) {
        Object.defineProperty(object, 'swap', {
          get(this: object) {
            Object.setPrototypeOf(this, trickyPrototype('setter'));
            return 'swapped';
          },
          enumerable: true,
          configurable: true,
        });
      }
      if (spec.frozen) Object.freeze(object);
      return object;
    }
  }
}

/**
 * Everything observable about a value graph, as plain data: for each object
 * (numbered in order of discovery, so sharing shows), its kind, prototype,
 * extensibility and every own property with its attributes.
 */
function describeGraph(roots: unknown[]): unknown {
  const ids = new Map<object, number>();
  const nodes: unknown[] = [];
  const protoNames = new Map<unknown, string>([
    [Object.prototype, 'Object.prototype'],
    [Array.prototype, 'Array.prototype'],
    [Function.prototype, 'Function.prototype'],
    [null, 'null'],
  ]);
  const visit = (value: unknown): unknown => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
      return { primitive: value === undefined ? 'undefined' : JSON.stringify(value) };
    }
    const known = ids.get(value);
    if (known !== undefined) return { ref: known };
    const id = nodes.length;
    ids.set(value, id);
    nodes.push(null);
    const proto: unknown = Object.getPrototypeOf(value);
    const node = {
      kind: Array.isArray(value) ? 'array' : typeof value,
      proto: protoNames.get(proto) ?? visit(proto),
      extensible: Object.isExtensible(value),
      props: Reflect.ownKeys(value)
        .filter((key) => typeof value !== 'function' || !['length', 'name', 'prototype'].includes(String(key)))
        .map((key) => {
          const d = Object.getOwnPropertyDescriptor(value, key)!;
          return [String(key), d.enumerable, d.configurable, 'value' in d ? [d.writable, visit(d.value)] : 'accessor'];
        }),
    };
    nodes[id] = node;
    return { ref: id };
  };
  const rootRefs = roots.map(visit);
  return { roots: rootRefs, nodes };
}

function run(assign: Assign, dstSpec: Spec, srcSpec: Spec, sharedSpecs: Spec[], options: { depth?: number } | undefined) {
  const shared = sharedSpecs.map((spec) => build(spec, []));
  const dst = build(dstSpec, shared);
  const src = build(srcSpec, shared);
  let result: unknown;
  let error: string | undefined;
  try {
    result = options === undefined ? assign(dst, src) : assign(dst, src, options);
  } catch (caught) {
    error = caught instanceof Error ? `${caught.constructor.name}: ${caught.message}` : 'non-error';
  }
  return { error, graph: describeGraph([result, dst, src, ...shared]) };
}

describe("the fast config copy (mermaid's assignWithDepth)", () => {
  it('finds its target in exactly one of the installed mermaid modules', () => {
    expect(declaring.map((m) => m.name)).toHaveLength(1);
    const patched = withFastConfigCopy(declaring[0]!.code);
    expect(patched.startsWith(declaring[0]!.code)).toBe(true);
    expect(patched).toContain('assignWithDepth_default = function assignWithDepthFast(');
    const other = modules.find((m) => !declaresAssignWithDepth(m.code))!;
    expect(withFastConfigCopy(other.code)).toBe(other.code);
  });

  it('behaves exactly like mermaid’s own on random inputs', () => {
    const original = mermaidAssign();
    const objectSpec = specArb.filter((spec) => spec.t === 'obj' || spec.t === 'arr');
    fc.assert(
      fc.property(
        fc.oneof(objectSpec, specArb),
        fc.oneof(objectSpec, specArb),
        fc.array(objectSpec, { minLength: 3, maxLength: 3 }),
        fc.option(fc.record({ depth: fc.option(fc.integer({ min: -1, max: 4 }), { nil: undefined }) }), { nil: undefined }),
        (dst, src, shared, options) => {
          expect(run(fastAssign, dst, src, shared, options)).toEqual(run(original, dst, src, shared, options));
        },
      ),
      { numRuns: 2000 * scale },
    );
  });

  it('copies a mermaid-sized config like the original', () => {
    const original = mermaidAssign();
    const config = {
      theme: 'default',
      themeVariables: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`v${i}`, `#${i}`])),
      sequence: { wrap: false, width: 150, messageFont: { size: 16 }, list: [1, 2] },
      flowchart: { htmlLabels: true, curve: 'basis', padding: null },
      ...(JSON.parse('{"__proto__": {"nested": true}}') as object), // an own key named __proto__
    };
    expect(Object.hasOwn(config, '__proto__')).toBe(true);
    expect(describeGraph([fastAssign({}, config)])).toEqual(describeGraph([original({}, config)]));
  });
});
