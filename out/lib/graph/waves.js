/**
 * Waves of a needs map, shared by the dependency graph and the orchestration
 * plan (kept apart from both, so neither imports the other).
 */
import { cmp } from '../diagnostics/diagnostic.js';
/** Waves of a needs map: each id after all its needs (ids on a cycle are left out). */
export function globalWaves(needs) {
    // Kahn's algorithm level by level: linear in ids + edges (a chain is not quadratic).
    const pending = new Map();
    const dependents = new Map();
    for (const [id, ds] of needs) {
        const own = new Set(ds.filter((d) => needs.has(d)));
        pending.set(id, own.size);
        for (const d of own) {
            const list = dependents.get(d);
            if (list)
                list.push(id);
            else
                dependents.set(d, [id]);
        }
    }
    const out = [];
    let wave = [...needs.keys()].filter((id) => pending.get(id) === 0).sort(cmp);
    while (wave.length > 0) {
        out.push(wave);
        const next = [];
        for (const id of wave) {
            for (const after of dependents.get(id) ?? []) {
                const left = pending.get(after) - 1;
                pending.set(after, left);
                if (left === 0)
                    next.push(after);
            }
        }
        wave = next.sort(cmp);
    }
    return out;
}
