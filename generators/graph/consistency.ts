/**
 * What the Dependencies ⇄ Required By and delete-order rules look for, as
 * data: each missing entry with the entry that implies it. The check rules
 * report these; `docflow fix` writes them. One walk, so both always agree.
 */
import picomatch from 'picomatch';
import { cmp } from '../diagnostics/diagnostic.js';
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
