/**
 * CloudFormation's short-form intrinsics (`!Ref`, `!Sub`, …) as `yaml` tags,
 * and one view of an intrinsic call whichever way it was written: a tagged
 * node, or the long form `{ "Fn::Sub": … }` that JSON templates use.
 */
import { isMap, isScalar } from 'yaml';
/** Every short form CloudFormation accepts, without the `!`. */
const SHORT_FORMS = [
    'And', 'Base64', 'Cidr', 'Condition', 'Equals', 'FindInMap', 'ForEach', 'GetAtt', 'GetAZs', 'If', 'ImportValue',
    'Join', 'Length', 'Not', 'Or', 'Ref', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform',
];
/** The tags: each short form on a scalar, a sequence or a mapping, kept as written. */
export const intrinsicTags = SHORT_FORMS.flatMap((name) => [
    { tag: `!${name}`, resolve: (value) => value },
    { tag: `!${name}`, collection: 'seq', resolve: (value) => value },
    { tag: `!${name}`, collection: 'map', resolve: (value) => value },
]);
/** The long-form key of an intrinsic: `Ref` and `Condition` have no `Fn::` prefix. */
function longName(name) {
    return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}
/** The intrinsic `node` is, in short or long form; null for plain values. */
export function intrinsicOf(node) {
    if (!node || typeof node !== 'object')
        return null;
    const tag = node.tag;
    // A tagged node is its own argument: the tag only names the function.
    if (tag && tag.startsWith('!'))
        return { name: longName(tag.slice(1)), arg: withoutTag(node) };
    if (isMap(node) && node.items.length === 1) {
        const key = node.items[0].key;
        const value = node.items[0].value;
        if (isScalar(key) && typeof key.value === 'string' && (key.value === 'Ref' || key.value === 'Condition' || key.value.startsWith('Fn::')) && value) {
            return { name: key.value, arg: value };
        }
    }
    return null;
}
/** A shallow copy of `node` without its tag, so that reading the argument does not call the function again. */
function withoutTag(node) {
    const copy = Object.create(Object.getPrototypeOf(node), Object.getOwnPropertyDescriptors(node));
    copy.tag = undefined;
    return copy;
}
