/**
 * Waves of a needs map, shared by the dependency graph and the orchestration
 * plan (kept apart from both, so neither imports the other).
 */
import { cmp } from '../diagnostics/diagnostic.js';

/** Waves of a needs map: each id after all its needs (ids on a cycle are left out). */
export function globalWaves(needs: ReadonlyMap<string, readonly string[]>): string[][] {
  const done = new Set<string>();
  const out: string[][] = [];
  let rest = [...needs.keys()].sort(cmp);
  while (rest.length > 0) {
    const wave = rest.filter((id) => needs.get(id)!.every((d) => done.has(d) || !needs.has(d)));
    if (wave.length === 0) break;
    wave.forEach((id) => done.add(id));
    out.push(wave);
    rest = rest.filter((id) => !done.has(id));
  }
  return out;
}
