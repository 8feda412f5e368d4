/**
 * The dependency graphs: deploy (a component after its deploy dependencies)
 * and delete (a component after everything that must go first). Required By
 * entries add edges too, so a one-sided declaration still orders correctly
 * while the asymmetry rule reports it.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { Component, Phase } from '../model/types.js';
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
export declare function buildGraph(components: readonly Component[], phase: Phase): DependencyGraph;
/**
 * Groups ids into waves: every id's prerequisites are in earlier waves. Ids
 * on or behind a cycle are left out; `findCycles` reports them.
 */
export declare function waves(graph: DependencyGraph): string[][];
/**
 * Every elementary cycle we report: one per strongly connected component,
 * starting at its smallest id and following the smallest next id, so the
 * printed path never depends on input order.
 */
export declare function findCycles(graph: DependencyGraph): string[][];
