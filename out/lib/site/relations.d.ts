/**
 * What a component's page says about its neighbours: its blast radius (what
 * must be deleted before it can be) and its prerequisites (what must be
 * deployed before it), each transitive, each entry marked direct or not.
 */
import type { Analysis } from '../analyze.js';
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
export declare function relationsOf(analysis: Analysis, id: string): Relations;
