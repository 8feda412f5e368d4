import type { Located } from '../../model/types.js';
import { type StepKind } from '../kind.js';
/** The version a set-up step names, if any. */
export interface VersionParams {
    version: Located | null;
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
}
/** Builds a runtime set-up kind: `template` is `steps/<id>`. */
export declare function runtimeKind(spec: RuntimeKindSpec): StepKind;
