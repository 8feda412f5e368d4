/**
 * CloudFormation's short-form intrinsics (`!Ref`, `!Sub`, …) as `yaml` tags,
 * and one view of an intrinsic call whichever way it was written: a tagged
 * node, or the long form `{ "Fn::Sub": … }` that JSON templates use.
 */
import { isMap, isScalar, type Node, type Tags } from 'yaml';

/** Every short form CloudFormation accepts, without the `!`. */
const SHORT_FORMS = [
  'And', 'Base64', 'Cidr', 'Condition', 'Equals', 'FindInMap', 'ForEach', 'GetAtt', 'GetAZs', 'If', 'ImportValue',
  'Join', 'Length', 'Not', 'Or', 'Ref', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform',
] as const;

/** The tags: each short form on a scalar, a sequence or a mapping, kept as written. */
export const intrinsicTags: Tags = SHORT_FORMS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value },
  { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value },
]) as unknown as Tags;

/** The long-form key of an intrinsic: `Ref` and `Condition` have no `Fn::` prefix. */
function longName(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** An intrinsic call: its long-form name (`Fn::Sub`, `Ref`) and its argument node. */
export interface Intrinsic {
  name: string;
  arg: Node;
}

/** The intrinsic `node` is, in short or long form; null for plain values. */
export function intrinsicOf(node: unknown): Intrinsic | null {
  if (!node || typeof node !== 'object') return null;
  const tag = (node as Node).tag;
  // A tagged node is its own argument: the tag only names the function.
  if (tag && tag.startsWith('!')) return { name: longName(tag.slice(1)), arg: withoutTag(node as Node) };
  if (isMap(node) && node.items.length === 1) {
    const key = node.items[0]!.key;
    const value = node.items[0]!.value;
    if (isScalar(key) && typeof key.value === 'string' && (key.value === 'Ref' || key.value === 'Condition' || key.value.startsWith('Fn::')) && value) {
      return { name: key.value, arg: value as Node };
    }
  }
  return null;
}


/** A shallow copy of `node` without its tag, so that reading the argument does not call the function again. */
function withoutTag(node: Node): Node {
  const copy = Object.create(Object.getPrototypeOf(node) as object, Object.getOwnPropertyDescriptors(node)) as Node;
  copy.tag = undefined;
  return copy;
}
