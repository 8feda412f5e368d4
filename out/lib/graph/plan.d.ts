import type { Phase } from '../model/types.js';
import type { DependencyGraph } from './graph.js';
/** An ordered plan for one phase. */
export interface PhasePlan {
    phase: Phase;
    /** The ids asked for (empty: the whole system). */
    targets: string[];
    /** Waves, first to last; each id after everything it needs. */
    waves: string[][];
    /** Edges inside the plan: `[after, first]`. */
    edges: [string, string][];
}
/**
 * The plan to `phase` the `targets` (all ids when empty): the targets and
 * everything the phase graph puts before them, transitively. In the delete
 * graph that is what must be deleted before a target can go.
 */
export declare function phasePlan(graph: DependencyGraph, targets: readonly string[]): PhasePlan;
/** The plan as text: one line per wave. */
export declare function formatPhasePlanText(p: PhasePlan): string;
/** The plan as a Mermaid flowchart: one subgraph per wave, an arrow from each component to what comes after it. */
export declare function formatPhasePlanMermaid(p: PhasePlan, nodeId: (id: string) => string): string;
