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
export declare function allEntries(c: Component): Entry[];
/** `Dependencies › Deploy`, `Required By › Delete`, … */
export declare function sectionName(list: 'dependencies' | 'requiredBy', phase: Phase): string;
/** Items grouped by key, groups in first-seen order. */
export declare function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][];
/** `` `a` ``, `` `a` and `b` ``, `` `a`, `b` and `c` ``; past 8 ids, `` `a`, …, `h` and 3 more ``. */
export declare function idList(ids: readonly string[]): string;
/**
 * The phases whose runtime guard an entry adds a stack to: a Deploy
 * dependency feeds the deploy guard; a Delete dependency, and a Required By
 * Deploy entry (deleted before this one), feed the delete guard.
 */
export declare function guardedBy(list: 'dependencies' | 'requiredBy', phase: Phase): Phase[];
