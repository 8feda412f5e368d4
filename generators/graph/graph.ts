/**
 * The dependency graphs: deploy (a component after its deploy dependencies)
 * and delete (a component after everything that must go first). Required By
 * entries add edges too, so a one-sided declaration still orders correctly
 * while the asymmetry rule reports it.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import { cmp } from '../diagnostics/diagnostic.js';
import type { Component, DependencyRef, Phase } from '../model/types.js';
import { globalWaves } from './waves.js';

/** Where an edge was declared: the entry that created it. */
export interface EdgeOrigin {
  file: string;
  position: Position;
}

/** A directed graph: `before.get(a)` holds what must run before `a`. */
export interface DependencyGraph {
  phase: Phase;
  ids: string[];
  before: Map<string, Set<string>>;
  /** Origin of each edge, keyed `a\u0000b` (a after b). */
  origins: Map<string, EdgeOrigin>;
}

/** Builds the deploy or delete graph from resolved components. */
export function buildGraph(components: readonly Component[], phase: Phase): DependencyGraph {
  const ids = [...new Set(components.map((c) => c.id))].sort(cmp);
  const before = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  const origins = new Map<string, EdgeOrigin>();
  const add = (after: string, first: string, file: string, ref: DependencyRef) => {
    before.get(after)?.add(first);
    const key = `${after}\u0000${first}`;
    if (!origins.has(key)) origins.set(key, { file, position: ref.position });
  };
  for (const c of components) {
    for (const ref of c.dependencies[phase]) for (const id of ref.ids) add(c.id, id, c.file, ref);
    for (const ref of c.requiredBy[phase]) for (const id of ref.ids) add(id, c.id, c.file, ref);
    if (phase === 'delete') {
      // Deleting a deploy dependency first would break its dependents: reverse every deploy edge.
      for (const ref of c.dependencies.deploy) for (const id of ref.ids) add(id, c.id, c.file, ref);
      for (const ref of c.requiredBy.deploy) for (const id of ref.ids) add(c.id, id, c.file, ref);
    }
  }
  return { phase, ids, before, origins };
}

/**
 * Groups ids into waves: every id's prerequisites are in earlier waves. Ids
 * on or behind a cycle are left out; `findCycles` reports them.
 */
export function waves(graph: DependencyGraph): string[][] {
  return globalWaves(new Map(graph.ids.map((id) => [id, [...graph.before.get(id)!]])));
}

/**
 * Every elementary cycle we report: one per strongly connected component,
 * starting at its smallest id and following the smallest next id, so the
 * printed path never depends on input order.
 */
export function findCycles(graph: DependencyGraph): string[][] {
  const cycles: string[][] = [];
  for (const scc of stronglyConnected(graph)) {
    const start = scc[0]!;
    if (scc.length === 1 && !graph.before.get(start)!.has(start)) continue;
    const members = new Set(scc);
    cycles.push(shortestCycle(graph, start, members));
  }
  return cycles.sort((a, b) => cmp(a[0]!, b[0]!));
}

/** Breadth-first from `start` back to itself inside its SCC, smallest ids first. */
function shortestCycle(graph: DependencyGraph, start: string, members: Set<string>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of [...graph.before.get(node)!].sort(cmp)) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        let cur = node;
        while (cur !== start) path.push((cur = parent.get(cur)!));
        return [start, ...path.reverse().slice(1), start];
      }
      if (!parent.has(next)) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** Tarjan's algorithm, iterative; each SCC sorted, SCCs sorted by first id. */
function stronglyConnected(graph: DependencyGraph): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  for (const root of graph.ids) {
    if (idx.has(root)) continue;
    const work: { node: string; edges: string[]; i: number }[] = [];
    const visit = (node: string) => {
      idx.set(node, index);
      low.set(node, index++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: [...graph.before.get(node)!].filter((n) => graph.before.has(n)).sort(cmp), i: 0 });
    };
    visit(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.edges.length) {
        const next = frame.edges[frame.i++]!;
        if (!idx.has(next)) visit(next);
        else if (onStack.has(next)) low.set(frame.node, Math.min(low.get(frame.node)!, idx.get(next)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === idx.get(frame.node)) {
        const scc: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          scc.push(n);
        } while (n !== frame.node);
        out.push(scc.sort(cmp));
      }
    }
  }
  return out.sort((a, b) => cmp(a[0]!, b[0]!));
}
