/**
 * Reads a CloudFormation or SAM template (YAML with short-form intrinsics, or
 * JSON) into the facts the checks need, each with its position in the
 * template: parameters, outputs and their export names, resources, transforms
 * and `Fn::ImportValue` calls. A template that does not parse is a diagnostic
 * at its own file:line:col, never an exception.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { intrinsicOf, intrinsicTags } from './intrinsics.js';
/** The rule id of a template that cannot be read as a CloudFormation template. */
export const INVALID_TEMPLATE = 'invalid-template';
/** Parses `text` (the template at `file`). Never throws on content. */
export function parseStackTemplate(file, text) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { customTags: intrinsicTags, lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const positionOf = (node) => {
        const range = node?.range ?? [0, 0, 0];
        return { start: at(range[0]), end: at(range[1]) };
    };
    const problem = (position, message) => ({
        ruleId: INVALID_TEMPLATE,
        severity: 'error',
        message,
        file,
        start: position.start,
        end: position.end,
        hint: 'Fix the template so that CloudFormation can read it; docflow checks the docs against it once it parses.',
    });
    const first = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const fatal = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
    if (fatal.length > 0) {
        return {
            template: null,
            diagnostics: fatal.map((e) => problem({ start: at(e.pos[0]), end: at(e.pos[1]) }, `Cannot parse template: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`)),
        };
    }
    const root = doc.contents;
    if (!isMap(root))
        return { template: null, diagnostics: [problem(root ? positionOf(root) : first, 'Unexpected template content, expected a mapping with `Resources`')] };
    const diagnostics = [];
    const section = (key) => {
        const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair)
            return { map: null, position: first };
        const position = positionOf(pair.key);
        if (isMap(pair.value))
            return { map: pair.value, position };
        if (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null))
            diagnostics.push(problem(position, `Unexpected \`${key}\` value, expected a mapping`));
        return { map: null, position };
    };
    const entries = (map) => (map?.items ?? []).flatMap((p) => (isScalar(p.key) ? [{ name: String(p.key.value), value: p.value, position: positionOf(p.key) }] : []));
    const params = section('Parameters');
    const parameters = entries(params.map).map(({ name, value, position }) => {
        const def = isMap(value) ? value.items.find((p) => isScalar(p.key) && p.key.value === 'Default') : undefined;
        const defaultValue = def && isScalar(def.value) && def.value.value !== null ? String(def.value.value) : null;
        return { name, hasDefault: def !== undefined, defaultValue, position };
    });
    const outs = section('Outputs');
    const outputs = entries(outs.map).map(({ name, value, position }) => {
        const exp = isMap(value) ? value.get('Export', true) : undefined;
        const exportName = isMap(exp) ? (exp.get('Name', true) ?? null) : null;
        return { name, exportName, position };
    });
    const resources = entries(section('Resources').map).map(({ name, value, position }) => {
        const type = isMap(value) ? value.get('Type') : undefined;
        const props = isMap(value) ? value.get('Properties', true) : undefined;
        const properties = new Map();
        if (isMap(props))
            for (const p of props.items)
                if (isScalar(p.key))
                    properties.set(String(p.key.value), p.value);
        return { logicalId: name, type: typeof type === 'string' ? type : '', properties, position };
    });
    const globals = section('Globals').map?.get('Function', true);
    const functionGlobals = new Set(isMap(globals) ? globals.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : [])) : []);
    const transforms = [];
    const transform = root.items.find((p) => isScalar(p.key) && p.key.value === 'Transform');
    if (transform) {
        const values = isSeq(transform.value) ? transform.value.items : [transform.value];
        for (const v of values)
            if (isScalar(v) && typeof v.value === 'string')
                transforms.push({ name: v.value, position: positionOf(v) });
    }
    const imports = [];
    // A node's range starts after its tag; a call written `!ImportValue` is reported at the tag.
    const callPosition = (node) => {
        const position = positionOf(node);
        const start = node.tag && node.range ? text.lastIndexOf(node.tag, node.range[0]) : -1;
        return start < 0 ? position : { start: at(start), end: position.end };
    };
    walk(root, (node) => {
        const call = intrinsicOf(node);
        if (call?.name === 'Fn::ImportValue')
            imports.push({ name: call.arg, position: callPosition(node) });
        if (call?.name === 'Fn::Transform') {
            const name = isMap(call.arg) ? call.arg.get('Name') : undefined;
            transforms.push({ name: typeof name === 'string' ? name : 'Fn::Transform', position: callPosition(node) });
        }
    });
    return {
        template: { file, parameters, parametersPosition: params.position, outputs, outputsPosition: outs.position, resources, functionGlobals, transforms, imports, position: first },
        diagnostics,
    };
}
/** Visits every node under `node`, parents first. */
function walk(node, visit) {
    if (isPair(node)) {
        walk(node.value, visit);
        return;
    }
    if (!node || typeof node !== 'object' || !('range' in node))
        return;
    visit(node);
    if (isMap(node) || isSeq(node))
        for (const item of node.items)
            walk(item, visit);
}
