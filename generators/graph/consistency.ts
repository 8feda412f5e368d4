/**
 * What the Dependencies ⇄ Required By and delete-order rules look for, as
 * data: each missing entry with the entry that implies it. The check rules
 * report these; `docflow fix` writes them. One walk, so both always agree.
 */
import type { Component, DependencyRef, Phase } from '../model/types.js';
import { PHASES, stackOf } from '../model/types.js';

/** A list of a doc: `dependencies` or `requiredBy`, for one phase. */
export type EntryList = 'dependencies' | 'requiredBy';

/** An entry a doc lacks, and the entry in another doc that implies it. */
export interface MissingEntry {
  /** The doc that lacks the entry. */
  owner: Component;
  list: EntryList;
  phase: Phase;
  /** The component it should name. */
  id: string;
  /** The component whose entry implies it, and that entry. */
  source: Component;
  ref: DependencyRef;
}

/** True when any entry of `refs` resolves to `id`. */
export function covers(refs: readonly DependencyRef[], id: string): boolean {
  return refs.some((r) => r.ids.includes(id));
}

/** An entry `docflow fix` wrote for a human to decide: `` `TODO:<id>` ``. It resolves to nothing, so `check` flags it. */
export function isPlaceholder(ref: DependencyRef): boolean {
  return /^todo:/i.test(ref.raw);
}

/** A placeholder for `id` stands in for the entry: it is reported once, as a placeholder, not also as missing. */
function coversOrPlaceholder(refs: readonly DependencyRef[], id: string): boolean {
  return refs.some((r) => r.ids.includes(id) || (isPlaceholder(r) && r.raw.slice(5).trim() === id));
}

/**
 * A component with no stack and no delete workflow (a test run, a UI upload):
 * it is never deleted, so it takes no part in delete ordering.
 */
export function isStackless(c: Component): boolean {
  return stackOf(c) === null && !c.workflows.delete;
}

/** A lists B under Dependencies (or Required By), and B does not list A under the mirror list of the same phase. */
export function missingMirrors(components: readonly Component[], byId: ReadonlyMap<string, Component>): MissingEntry[] {
  const out: MissingEntry[] = [];
  for (const a of components) {
    if (byId.get(a.id) !== a) continue;
    for (const phase of PHASES) {
      for (const [from, to] of [['dependencies', 'requiredBy'], ['requiredBy', 'dependencies']] as const) {
        for (const ref of a[from][phase]) {
          for (const id of ref.ids) {
            const b = byId.get(id)!;
            if (b === a || coversOrPlaceholder(b[to][phase], a.id)) continue;
            if (phase === 'delete' && (isStackless(a) || isStackless(b))) continue;
            out.push({ owner: b, list: to, phase, id: a.id, source: a, ref });
          }
        }
      }
    }
  }
  return out;
}

/** A deploys on B, B has a delete workflow, and B's Dependencies › Delete does not cover A. */
export function missingDeleteOrder(components: readonly Component[], byId: ReadonlyMap<string, Component>): MissingEntry[] {
  const out: MissingEntry[] = [];
  for (const a of components) {
    if (byId.get(a.id) !== a || isStackless(a)) continue;
    for (const ref of a.dependencies.deploy) {
      for (const id of ref.ids) {
        const b = byId.get(id)!;
        // Two components that deploy on each other are a cycle, reported as one: there is no order to derive.
        if (b === a || !b.workflows.delete || covers(b.dependencies.delete, a.id) || covers(b.dependencies.deploy, a.id)) continue;
        out.push({ owner: b, list: 'dependencies', phase: 'delete', id: a.id, source: a, ref });
      }
    }
  }
  return out;
}
