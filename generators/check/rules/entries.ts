/** Shared walk over a component's Dependencies and Required By entries. */
import type { Component, DependencyRef, Phase } from '../../model/types.js';

/** An entry with the section it was written in, e.g. `Dependencies › Deploy`. */
export interface Entry {
  ref: DependencyRef;
  list: 'dependencies' | 'requiredBy';
  phase: Phase;
  section: string;
}

/** Every entry of `c`, in a fixed order. */
export function allEntries(c: Component): Entry[] {
  const out: Entry[] = [];
  for (const list of ['dependencies', 'requiredBy'] as const) {
    for (const phase of ['deploy', 'delete'] as const) {
      for (const ref of c[list][phase]) out.push({ ref, list, phase, section: sectionName(list, phase) });
    }
  }
  return out;
}

/** `Dependencies › Deploy`, `Required By › Delete`, … */
export function sectionName(list: 'dependencies' | 'requiredBy', phase: Phase): string {
  return `${list === 'dependencies' ? 'Dependencies' : 'Required By'} › ${phase === 'deploy' ? 'Deploy' : 'Delete'}`;
}


/** Items grouped by key, groups in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(item);
  }
  return [...groups.values()];
}

/** `` `a` ``, `` `a` and `b` ``, `` `a`, `b` and `c` ``; past 8 ids, `` `a`, …, `h` and 3 more ``. */
export function idList(ids: readonly string[]): string {
  const shown = ids.length > 8 ? ids.slice(0, 8) : ids;
  const quoted = shown.map((id) => `\`${id}\``);
  if (ids.length > 8) return `${quoted.join(', ')} and ${ids.length - 8} more`;
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/**
 * The phases whose runtime guard an entry adds a stack to: a Deploy
 * dependency feeds the deploy guard; a Delete dependency, and a Required By
 * Deploy entry (deleted before this one), feed the delete guard.
 */
export function guardedBy(list: 'dependencies' | 'requiredBy', phase: Phase): Phase[] {
  if (list === 'dependencies') return [phase];
  return phase === 'deploy' ? ['delete'] : [];
}
