import type { Component, Phase } from '../model/types.js';
import type { DependencyGraph } from './graph.js';
/** One orchestrator file of a phase. */
export interface OrchestrationPart {
    /** 1-based. */
    index: number;
    /** File name without extension: `deploy-all`, `deploy-all-2`, … */
    name: string;
    /** Components in this part, each with its needs inside the part. */
    jobs: {
        id: string;
        needs: string[];
    }[];
    /** Waves inside the part (by in-part needs). */
    waves: string[][];
}
/** The whole plan for one phase. */
export interface OrchestrationPlan {
    phase: 'deploy' | 'delete';
    limit: number;
    parts: OrchestrationPart[];
}
/**
 * Plans the parts for `needs` (component → the components it waits for).
 * Components are ordered by global wave, then id, and cut into runs of at
 * most `limit`; a dependency always lands in the same or an earlier part.
 */
export declare function planOrchestration(phase: 'deploy' | 'delete', needs: ReadonlyMap<string, readonly string[]>, limit: number): OrchestrationPlan;
/**
 * The graph restricted to `ids`: `needs[id]` are the nearest predecessors
 * that are in `ids`, looking through the ones that are not.
 */
export declare function reducedNeeds(graph: DependencyGraph, ids: ReadonlySet<string>): Map<string, string[]>;
/** The orchestration plan of each phase for the components that have a workflow for it. */
export declare function planPhases(components: readonly Component[], graphs: Record<Phase, DependencyGraph>, limit: number): OrchestrationPlan[];
