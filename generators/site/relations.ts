/**
 * What a component's page says about its neighbours: its blast radius (what
 * must be deleted before it can be) and its prerequisites (what must be
 * deployed before it), each transitive, each entry marked direct or not.
 */
import type { Analysis } from '../analyze.js';
import { cmp } from '../diagnostics/diagnostic.js';
import type { DependencyGraph } from '../graph/graph.js';

/** One component reached from another. */
export interface Related {
  id: string;
  /** True for a direct edge; false when reached through others. */
  direct: boolean;
  /** For an indirect entry: the chain from the start's direct neighbour to this entry's direct neighbour (never empty). */
  via: string[];
}

/** A component's blast radius and prerequisites. */
export interface Relations {
  /** Everything that must be deleted before this component: the delete graph, transitively. */
  blastRadius: Related[];
  /** Everything that must be deployed before it: the deploy graph, transitively. */
  prerequisites: Related[];
}

/** The relations of component `id`. */
export function relationsOf(analysis: Analysis, id: string): Relations {
  return { blastRadius: reach(analysis.graphs.delete, id), prerequisites: reach(analysis.graphs.deploy, id) };
}

/**
 * Breadth-first over `before` from `start`, smallest ids first, so every
 * entry's `via` is a shortest chain and never depends on input order.
 * Sorted: direct entries first, then by chain length, then by id.
 */
function reach(graph: DependencyGraph, start: string): Related[] {
  const parent = new Map<string, string>([[start, start]]);
  const queue = [start];
  const found: string[] = [];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of [...(graph.before.get(node) ?? [])].sort(cmp)) {
      if (parent.has(next)) continue;
      parent.set(next, node);
      found.push(next);
      queue.push(next);
    }
  }
  const related = found.map((id) => {
    const via: string[] = [];
    for (let at = parent.get(id)!; at !== start; at = parent.get(at)!) via.unshift(at);
    return { id, direct: via.length === 0, via };
  });
  return related.sort((a, b) => a.via.length - b.via.length || cmp(a.id, b.id));
}
