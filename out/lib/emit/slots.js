/**
 * Parsing a rendered YAML template without parsing each render. A step
 * template renders thousands of times with different values and the same
 * shape, so the shape is parsed once: the template is rendered with each
 * `yaml` value held out and a slot marker (a JSON string) in its place, that
 * text is parsed and checked (cached by text), and the values are put into
 * the parsed slots. The answer is the one parsing the real render gives, or
 * NOT_FILLED whenever that cannot be guaranteed (a slot inside a longer
 * scalar, under a tag or anchor, a value YAML could read differently, a key
 * that would clash), and the caller then parses the real render.
 *
 * Why it is the same: `yaml` writes a JSON literal. A JSON string is a
 * double-quoted scalar like the marker, so the structure around it cannot
 * change, and YAML decodes its escapes as JSON does. A number, boolean, null
 * or flow collection is one token too, and is accepted only where nothing
 * could continue it (end of line, a comment, a flow separator).
 */
import { isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
/** fillSlots could not guarantee the real parse's answer. */
export const NOT_FILLED = Symbol('not filled');
const OPEN = '\uE000docflow-slot-';
const CLOSE = '\uE001';
const MARKER = /^\uE000docflow-slot-(\d+)\uE001$/;
/** The text that stands for value `index` in a shape render. */
export function slotMarker(index) {
    return `${OPEN}${index}${CLOSE}`;
}
const shapes = new Map();
const SHAPES_KEPT = 5_000;
/** The parse of the real render (a fresh value), or NOT_FILLED. */
export function fillSlots(shapeText, values) {
    let shape = shapes.get(shapeText);
    if (shape === undefined) {
        shape = readShape(shapeText);
        if (shapes.size >= SHAPES_KEPT)
            shapes.clear();
        shapes.set(shapeText, shape);
    }
    if (!shape || shape.slots.length !== values.length)
        return NOT_FILLED;
    const json = [];
    for (let i = 0; i < values.length; i++) {
        const v = jsonValue(values[i]);
        if (v === NOT_FILLED)
            return NOT_FILLED;
        const slot = shape.slots[i];
        if (typeof v !== 'string' && (slot.key || !slot.tokenSafe))
            return NOT_FILLED;
        if (slot.key && v.length > MAX_KEY)
            return NOT_FILLED;
        json.push(v);
    }
    try {
        return instantiate(shape.tree, json);
    }
    catch (e) {
        if (e === CLASH)
            return NOT_FILLED;
        throw e;
    }
}
/** Keys longer than this may pass YAML's 1024-character limit on implicit keys. */
const MAX_KEY = 900;
/** Characters YAML may read differently from JSON (C1 controls, NEL, LS, PS, BOM), surrogates, and the markers' own. */
const UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff\ue000\ue001]/;
/** The value the JSON literal of `value` parses to, when YAML reads that literal alike; else NOT_FILLED. */
function jsonValue(value) {
    const text = JSON.stringify(value);
    if (text === undefined || UNSAFE.test(text))
        return NOT_FILLED;
    const parsed = JSON.parse(text);
    return plainJson(parsed) ? parsed : NOT_FILLED;
}
function plainJson(v) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean')
        return true;
    if (typeof v === 'number')
        return Number.isSafeInteger(v);
    if (Array.isArray(v))
        return v.every(plainJson);
    if (typeof v !== 'object')
        return false;
    for (const [k, x] of Object.entries(v))
        if (k === '__proto__' || k.length > MAX_KEY || !plainJson(x))
            return false;
    return true;
}
const CLASH = Symbol('clash');
function instantiate(node, values) {
    if (typeof node === 'string') {
        const m = MARKER.exec(node);
        return m ? values[Number(m[1])] : node;
    }
    if (Array.isArray(node))
        return node.map((x) => instantiate(x, values));
    if (node === null || typeof node !== 'object')
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
        const m = MARKER.exec(k);
        const key = m ? values[Number(m[1])] : k;
        // A value key equal to another key: the real parse reports a duplicate key.
        if (key === '__proto__' || Object.prototype.hasOwnProperty.call(out, key))
            throw CLASH;
        out[key] = instantiate(v, values);
    }
    return out;
}
/** Parses and checks a shape render; null when its slots cannot be trusted. */
function readShape(text) {
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0 || doc.warnings.length > 0)
        return null;
    const slots = [];
    let ok = true;
    visit(doc, {
        Alias() {
            ok = false;
            return visit.BREAK;
        },
        Pair(_key, pair) {
            // A collection as key is stringified by toJS, slots and all.
            if (pair.key !== null && !isScalar(pair.key))
                ok = false;
            return ok ? undefined : visit.BREAK;
        },
        Node(_key, node) {
            if (node.anchor || node.tag)
                ok = false;
            return ok ? undefined : visit.BREAK;
        },
        Scalar(key, node, path) {
            if (node.anchor || node.tag) {
                ok = false;
                return visit.BREAK;
            }
            const value = node.value;
            if (typeof value !== 'string' || !value.includes(OPEN.charAt(0)))
                return undefined;
            const m = MARKER.exec(value);
            const parent = path[path.length - 1];
            const placed = key === 'key' || key === 'value' ? isPair(parent) : typeof key === 'number' ? isSeq(parent) : key === null && path.length === 1;
            if (!m || node.type !== 'QUOTE_DOUBLE' || !placed || !node.range || slots[Number(m[1])]) {
                ok = false;
                return visit.BREAK;
            }
            slots[Number(m[1])] = { key: key === 'key', tokenSafe: endsToken(text, node.range[1]) };
            return undefined;
        },
    });
    if (!ok)
        return null;
    for (let i = 0; i < slots.length; i++)
        if (!slots[i])
            return null;
    return { tree: doc.toJS({ maxAliasCount: 0 }), slots: slots };
}
/** Whether nothing after offset `at` could continue a plain scalar or flow token there. */
function endsToken(text, at) {
    let i = at;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    const next = text[i];
    if (next === undefined || next === '\n' || next === '\r' || next === ',' || next === ']' || next === '}')
        return true;
    return next === '#' && i > at;
}
