/**
 * Writes the Delete dependencies that deploy order implies: if A deploys on
 * B, B's Dependencies › Delete gets A. Where a whole glob family is missing
 * (every `func-api-*`), it writes the glob instead of one line per member.
 */
import picomatch from 'picomatch';
import { cmp } from '../../diagnostics/diagnostic.js';
import { missingDeleteOrder } from '../../graph/consistency.js';
import type { Component } from '../../model/types.js';
import type { Intent, Repair } from '../repair.js';

const REASON = 'delete order follows deploy order';

export const deleteOrderRepair: Repair = {
  rule: 'delete-order',
  description: 'Adds the Delete dependencies that deploy order implies, as a glob where a whole family is missing.',
  plan({ analysis }) {
    const byOwner = new Map<Component, Set<string>>();
    for (const m of missingDeleteOrder(analysis.components, analysis.byId)) {
      if (!byOwner.has(m.owner)) byOwner.set(m.owner, new Set());
      byOwner.get(m.owner)!.add(m.id);
    }
    const ids = [...analysis.byId.keys()].sort(cmp);
    const out: Intent[] = [];
    for (const [owner, missing] of byOwner) {
      for (const target of coverWithGlobs(owner, missing, ids)) {
        out.push({ kind: 'add-entry', rule: this.rule, component: owner, list: 'dependencies', phase: 'delete', target, reason: REASON, summary: `added \`${target}\` under Dependencies › Delete (deploy order)` });
      }
    }
    return out;
  },
};

/**
 * The fewest targets covering `missing`: a glob where every id it matches is
 * missing (at least two), preferring globs the doc already writes, then the
 * one covering most; the rest by id.
 */
export function coverWithGlobs(owner: Component, missing: ReadonlySet<string>, ids: readonly string[]): string[] {
  const others = ids.filter((id) => id !== owner.id);
  const written = new Set(
    [...owner.dependencies.deploy, ...owner.dependencies.delete, ...owner.requiredBy.deploy, ...owner.requiredBy.delete].filter((r) => r.glob).map((r) => r.ref),
  );
  const candidates = new Set<string>(written);
  for (const id of missing) {
    const parts = id.split('-');
    for (let k = 1; k < parts.length; k++) candidates.add(`${parts.slice(0, k).join('-')}-*`);
  }
  const left = new Set(missing);
  const out: string[] = [];
  for (;;) {
    let best: { glob: string; hits: string[]; written: boolean } | null = null;
    for (const glob of [...candidates].sort(cmp)) {
      const isMatch = picomatch(glob, { dot: true });
      const hits = others.filter((id) => isMatch(id));
      if (hits.length < 2 || isMatch(owner.id) || !hits.every((id) => left.has(id))) continue;
      const w = written.has(glob);
      if (!best || (w && !best.written) || (w === best.written && hits.length > best.hits.length)) best = { glob, hits, written: w };
    }
    if (!best) break;
    out.push(best.glob);
    for (const id of best.hits) left.delete(id);
    candidates.delete(best.glob);
  }
  return [...out, ...[...left].sort(cmp)];
}
