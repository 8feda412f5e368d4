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

/** True when any entry of `refs` resolves to `id`. */
export function covers(refs: readonly DependencyRef[], id: string): boolean {
  return refs.some((r) => r.ids.includes(id));
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
