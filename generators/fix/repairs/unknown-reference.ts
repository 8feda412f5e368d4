/**
 * Entries that refer to nothing: replaced when there is exactly one
 * "did you mean" (an id, or the glob a bare family name was meant as),
 * removed when there is none. With several, a human picks: left as is.
 */
import { distance } from 'fastest-levenshtein';
import { allEntries } from '../../check/rules/entries.js';
import { familyOf } from '../../check/rules/unknown-reference.js';
import { cmp } from '../../diagnostics/diagnostic.js';
import type { Component, DependencyRef } from '../../model/types.js';
import { isPlaceholder } from '../../graph/consistency.js';
import type { Intent, Repair } from '../repair.js';

export const unknownReferenceRepair: Repair = {
  rule: 'unknown-reference',
  description: 'Replaces an entry that names no component with its one "did you mean", or removes it when there is none.',
  plan({ analysis }) {
    const ids = [...analysis.byId.keys()].sort(cmp);
    const out: Intent[] = [];
    for (const c of analysis.components) {
      for (const { ref, section } of allEntries(c)) {
        if (ref.ids.length > 0 || ref.glob || ref.link || isPlaceholder(ref)) continue;
        const meant = meanings(ref.ref, false, ids.filter((id) => id !== c.id));
        out.push(...repairUnknown(this.rule, c, ref, section, meant));
      }
    }
    return out;
  },
};

/** Replace with the one meaning, remove when there is none; several need a human. */
export function repairUnknown(rule: string, c: Component, ref: DependencyRef, section: string, meant: readonly string[]): Intent[] {
  const out: Intent[] = [];
        if (meant.length === 1) out.push({ kind: 'replace-entry', rule, component: c, ref, target: meant[0]!, summary: `replaced \`${ref.raw}\` with \`${meant[0]}\` in ${section}` });
        else if (meant.length === 0) out.push({ kind: 'remove-entry', rule, component: c, ref, summary: `removed \`${ref.raw}\` from ${section}: it names no component` });
  return out;
}

/**
 * What an unknown name most likely meant: the glob `name-*` when it matches
 * several ids, else the ids (or, for a glob, the family globs) at the
 * smallest edit distance within the did-you-mean threshold.
 */
export function meanings(name: string, glob: boolean, ids: readonly string[]): string[] {
  if (!glob) {
    if (familyOf(name, ids).length >= 2) return [`${name.replace(/-$/, '')}-*`];
  }
  const pool = glob ? [...new Set(ids.flatMap((id) => id.split('-').slice(0, -1).map((_, k, parts) => `${parts.slice(0, k + 1).join('-')}-*`)))] : [...ids];
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of pool.sort(cmp)) {
    const d = distance(name, candidate);
    if (d > limit || d > best) continue;
    if (d < best) [best, found] = [d, []];
    found.push(candidate);
  }
  return found;
}
