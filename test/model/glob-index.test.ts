/**
 * Glob entries resolve through an index (literal prefix and suffix ranges)
 * rather than testing every id: the index must pick exactly the ids
 * picomatch matches, for any ids and any pattern, backslash escapes
 * included (picomatch hands `\b`, `\d`, `\u0061` to the regular expression
 * as they are). Random seeds: fast-check prints the seed of a failure, and
 * FUZZ_SEED replays it.
 */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../generators/model/resolve.js';
import type { Component, DependencyRef } from '../../generators/model/types.js';

const id = fc.array(fc.constantFrom('a', 'b', '-', 'c', '1', 'u', 'x', '0', 'd', '.'), { minLength: 1, maxLength: 6 }).map((x) => x.join(''));
const pattern = fc.array(fc.constantFrom('a', 'b', '-', '*', '?', 'c', '!', '{a,b}', '[ab]', '1', '(', ')', '+', '@', '\\', 'u', 'x', '0', 'd', 'w', 'B', '.', '\\u0061', '\\x61'), { minLength: 1, maxLength: 6 }).map((x) => x.join(''));

describe('glob resolution', () => {
  it('matches exactly the ids picomatch matches', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 1, maxLength: 20 }), pattern, (ids, p) => {
        let isMatch: (s: string) => boolean;
        try {
          isMatch = picomatch(p, { dot: true });
        } catch {
          return; // not a valid pattern: resolution reports it elsewhere
        }
        const ref = { raw: p, ref: p, glob: true, ids: [] as string[] } as unknown as DependencyRef;
        const components = ids.map((i, n) => ({ id: i, file: `${i}.md`, dependencies: { deploy: n === 0 ? [ref] : [], delete: [] }, requiredBy: { deploy: [], delete: [] }, listedGlobs: [] })) as unknown as Component[];
        resolveReferences(components);
        expect(ref.ids).toEqual([...ids].sort().filter((i) => isMatch(i)));
      }),
      { numRuns: 5000, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) },
    );
  });
});
