/**
 * Evaluates the string-valued intrinsics an export or import name is built
 * from (`!Ref`, `!Sub`, `!Join`, `!Select`, `!Split`), given the names whose
 * values are known. Anything else, or any unknown name, gives null: an
 * unresolved name is never guessed.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { intrinsicOf } from './intrinsics.js';
/** The string `node` evaluates to, or null when it depends on anything unknown. */
export function evaluateString(node, names) {
    const value = evaluate(node, names);
    return typeof value === 'string' ? value : null;
}
function evaluate(node, names) {
    const call = intrinsicOf(node);
    if (!call) {
        if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number'))
            return String(node.value);
        if (isSeq(node))
            return list(node.items.map((n) => evaluate(n, names)));
        return null;
    }
    const arg = call.arg;
    switch (call.name) {
        case 'Ref':
            return isScalar(arg) && typeof arg.value === 'string' ? (names.get(arg.value) ?? null) : null;
        case 'Fn::Sub': {
            if (isScalar(arg) && typeof arg.value === 'string')
                return substitute(arg.value, names);
            if (!isSeq(arg) || arg.items.length !== 2 || !isScalar(arg.items[0]) || typeof arg.items[0].value !== 'string' || !isMap(arg.items[1]))
                return null;
            const local = new Map(names);
            for (const pair of arg.items[1].items) {
                if (!isScalar(pair.key))
                    return null;
                const v = evaluateString(pair.value, names);
                if (v === null)
                    return null;
                local.set(String(pair.key.value), v);
            }
            return substitute(arg.items[0].value, local);
        }
        case 'Fn::Join': {
            if (!isSeq(arg) || arg.items.length !== 2)
                return null;
            const sep = evaluateString(arg.items[0], names);
            const parts = evaluate(arg.items[1], names);
            return sep !== null && Array.isArray(parts) ? parts.join(sep) : null;
        }
        case 'Fn::Select': {
            if (!isSeq(arg) || arg.items.length !== 2)
                return null;
            const index = Number(evaluateString(arg.items[0], names));
            const parts = evaluate(arg.items[1], names);
            return Array.isArray(parts) && Number.isInteger(index) ? (parts[index] ?? null) : null;
        }
        case 'Fn::Split': {
            if (!isSeq(arg) || arg.items.length !== 2)
                return null;
            const sep = evaluateString(arg.items[0], names);
            const text = evaluateString(arg.items[1], names);
            return sep !== null && text !== null && sep !== '' ? text.split(sep) : null;
        }
        default:
            return null;
    }
}
function list(values) {
    return values.every((v) => typeof v === 'string') ? values : null;
}
/** `${Name}` → its value; `${!Literal}` → `${Literal}`; a `${Resource.Attr}` or unknown name → null. */
function substitute(text, names) {
    let unknown = false;
    const out = text.replace(/\$\{([^}]*)\}/g, (_m, inner) => {
        if (inner.startsWith('!'))
            return `\${${inner.slice(1)}}`;
        const value = names.get(inner.trim());
        if (value === undefined)
            unknown = true;
        return value ?? '';
    });
    return unknown ? null : out;
}
