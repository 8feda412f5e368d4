import type { Component, DependencyRef, Phase } from '../model/types.js';
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
export declare function covers(refs: readonly DependencyRef[], id: string): boolean;
/** An entry `docflow fix` wrote for a human to decide: `` `TODO:<id>` ``. It resolves to nothing, so `check` flags it. */
export declare function isPlaceholder(ref: DependencyRef): boolean;
/**
 * A component with no stack and no delete workflow (a test run, a UI upload):
 * it is never deleted, so it takes no part in delete ordering.
 */
export declare function isStackless(c: Component): boolean;
/**
 * A lists B under Dependencies (or Required By), and B does not list A under
 * the mirror list of the same phase. An entry A lacks because A misspelt it
 * is left out: the misspelt entry is the one finding (see {@link unknownEntries}).
 */
export declare function missingMirrors(components: readonly Component[], byId: ReadonlyMap<string, Component>): MissingEntry[];
/** A deploys on B, B has a delete workflow, and B's Dependencies › Delete does not cover A (unless B misspelt it, as above). */
export declare function missingDeleteOrder(components: readonly Component[], byId: ReadonlyMap<string, Component>): MissingEntry[];
/**
 * The fewest targets covering `missing`: a glob where every id it matches is
 * missing (at least two), preferring globs the doc already writes, then the
 * one covering most; the rest by id.
 */
export declare function coverWithGlobs(owner: Component, missing: ReadonlySet<string>, ids: readonly string[]): string[];
/**
 * An entry that names nothing (an unknown id, or a glob that matches none),
 * with what it was likely meant as and the findings it alone causes: one
 * cause, so one diagnostic, at the entry.
 */
export interface UnknownEntry {
    owner: Component;
    list: EntryList;
    phase: Phase;
    ref: DependencyRef;
    /** What it likely meant (ids, or globs), narrowed to those the other docs confirm when some do. */
    meanings: string[];
    /** The entries other docs imply for this list that the misspelling makes missing. */
    explains: MissingEntry[];
}
/** Every entry that resolves to nothing (placeholders aside), in doc order; a link's target is not guessed at. */
export declare function unknownEntries(components: readonly Component[], byId: ReadonlyMap<string, Component>): UnknownEntry[];
/** The unknown entry of `owner`'s `list` › `phase` that was meant to name `id`, if any. */
export declare function explainedBy(unknowns: readonly UnknownEntry[], owner: Component, list: EntryList, phase: Phase, id: string): UnknownEntry | undefined;
/** The ids `name-*` matches: a bare family name (`func-api`) is usually a glob without its `*`. */
export declare function familyOf(name: string, ids: readonly string[]): string[];
/**
 * What an unknown name most likely meant: the glob `name-*` when it matches
 * several ids, else the ids (or, for a glob, the family globs) at the
 * smallest edit distance within the did-you-mean threshold.
 */
export declare function meanings(name: string, glob: boolean, ids: readonly string[]): string[];
