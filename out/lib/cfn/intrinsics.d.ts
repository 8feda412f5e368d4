/**
 * CloudFormation's short-form intrinsics (`!Ref`, `!Sub`, …) as `yaml` tags,
 * and one view of an intrinsic call whichever way it was written: a tagged
 * node, or the long form `{ "Fn::Sub": … }` that JSON templates use.
 */
import { type Node, type Tags } from 'yaml';
/** The tags: each short form on a scalar, a sequence or a mapping, kept as written. */
export declare const intrinsicTags: Tags;
/** An intrinsic call: its long-form name (`Fn::Sub`, `Ref`) and its argument node. */
export interface Intrinsic {
    name: string;
    arg: Node;
}
/** The intrinsic `node` is, in short or long form; null for plain values. */
export declare function intrinsicOf(node: unknown): Intrinsic | null;
