import type { Located } from '../../model/types.js';
import { type StepKind } from '../kind.js';
/** The version a set-up step names, if any. */
export interface VersionParams {
    version: Located | null;
}
/** A runtime set-up's version, and the package manager cache it restores (`with the npm cache of \`ui/package-lock.json\``). */
export interface RuntimeParams extends VersionParams {
    cache: Located | null;
    /** The lock file(s) the cache is keyed on (the action's `cache-dependency-path`); null: the action's default. */
    cacheDependencyPath: Located | null;
}
/** What varies between runtimes. */
export interface RuntimeKindSpec {
    id: string;
    label: string;
    /** A regex alternation of the names the step may use. */
    names: string;
    examples: string[];
    /** The action that sets it up, e.g. `actions/setup-node`. */
    action: string;
    /** The version when the step names none. */
    defaultVersion: string;
    /** The action's version input (`node-version`). */
    versionInput: string;
    /** The package managers the action's `cache` input takes (`npm`, `yarn`, `pnpm`). */
    caches: readonly string[];
}
/** Builds a runtime set-up kind: `template` is `steps/<id>`. */
export declare function runtimeKind(spec: RuntimeKindSpec): StepKind;
