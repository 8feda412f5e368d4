/**
 * Handlebars templates: loading (built-ins, then the project's overrides) and
 * rendering through escaping helpers. Every value goes through `yaml`, which
 * writes a JSON literal (always valid YAML), so doc text cannot change the
 * YAML structure. Rendered text is parsed back: a template slip is an error.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { DOCFLOW_ROOT, loadFromBuild } from '../own.js';
import { cmp } from '../diagnostics/diagnostic.js';
import { fillSlots, NOT_FILLED, slotMarker } from './slots.js';
/** The templates shipped with docflow. */
export const BUILTIN_TEMPLATES_DIR = path.join(DOCFLOW_ROOT, 'templates');
/**
 * Loads `*.hbs` from the built-in folder, then from the project's templates
 * folder (same relative name overrides). Missing project folder is fine.
 */
export async function loadTemplates(root, projectDir) {
    const set = new Map(await loadBuiltinTemplates());
    await readTemplateFolder(set, path.resolve(root, projectDir), (rel) => path.posix.join(projectDir.split(path.sep).join('/'), rel));
    return set;
}
/** The templates shipped with docflow alone. */
export async function loadBuiltinTemplates() {
    const set = new Map();
    await readTemplateFolder(set, BUILTIN_TEMPLATES_DIR, (rel) => `docflow:templates/${rel}`);
    return set;
}
/** Adds (or replaces, by name) every `*.hbs` under `dir`; `label` makes the path diagnostics show. */
async function readTemplateFolder(set, dir, label) {
    for (const rel of await listFiles(dir)) {
        if (!rel.endsWith('.hbs'))
            continue;
        const name = rel.replace(/(?:\.[a-z]+)?\.hbs$/, '');
        let source;
        try {
            source = await fs.readFile(path.join(dir, rel), 'utf8');
        }
        catch (e) {
            throw new TemplateError(label(rel), 1, 1, `Cannot read template \`${name}\`: ${e.code ?? e.message}`);
        }
        set.set(name, { name, file: label(rel), source });
    }
}
async function listFiles(dir, prefix = '') {
    const entries = await fs.readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => []);
    const out = [];
    for (const e of entries.sort((a, b) => cmp(a.name, b.name))) {
        const rel = prefix ? `${prefix}/${e.name}` : e.name;
        if (e.isDirectory())
            out.push(...(await listFiles(dir, rel)));
        else if (e.isFile())
            out.push(rel);
    }
    return out;
}
/** A template that failed to compile, render or parse back. */
export class TemplateError extends Error {
    file;
    line;
    column;
    constructor(file, line, column, message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
}
const MERMAID_ENTITIES = { '#': '#35;', ';': '#59;', '<': '#lt;', '>': '#gt;', '"': '#quot;', '%': '#37;', ':': '#58;', '{': '#123;', '}': '#125;', $: '#36;', '\n': ' ', '\r': ' ' };
/**
 * Text safe inside a Mermaid label or message: everything Mermaid could read
 * as syntax (`;` ends a statement, `#` starts an entity, `%%` a comment,
 * quotes and brackets delimit labels, `$$` starts KaTeX math, `:` an icon
 * such as `fa:fa-car`) becomes an entity code, in one pass.
 */
export function mermaidText(text) {
    return text
        .replace(/[#;<>"%:{}$\r\n]/g, (ch) => MERMAID_ENTITIES[ch])
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** How every template compiles (`npm run build` precompiles the built-ins with the same options). */
export const HANDLEBARS_OPTIONS = { noEscape: true, strict: true };
/** Written by `npm run build` into the build's emit folder (generators/build.ts): the built-in templates, precompiled. */
export const PRECOMPILED_FILE = 'templates.prebuilt.cjs';
const requireHere = createRequire(import.meta.url);
let runtimeEnv = null;
let compilerEnv = null;
let precompiled;
/** Handlebars' runtime (no compiler) with docflow's helpers: what a precompiled template needs. Made on first use: a run answered from the cache loads no Handlebars at all. */
function runtimeHandlebars() {
    runtimeEnv ??= withHelpers(requireHere('handlebars/runtime').create());
    return runtimeEnv;
}
/** The whole of Handlebars with docflow's helpers, loaded only when a template was not precompiled (a project's own, or running from source). */
function compilingHandlebars() {
    compilerEnv ??= withHelpers(requireHere('handlebars').create());
    return compilerEnv;
}
/** The build's precompiled built-ins, when they were compiled by the Handlebars installed now; else null. */
function precompiledTemplates() {
    if (precompiled !== undefined)
        return precompiled;
    // Not built (running from source), or by another Handlebars: every template compiles.
    const built = loadFromBuild(path.posix.join('emit', PRECOMPILED_FILE));
    precompiled = built && built.handlebars === requireHere('handlebars/package.json').version ? new Map(Object.entries(built.templates)) : null;
    return precompiled;
}
/** The sha256 of a template's source: what a precompiled spec is filed under. */
export function templateKey(source) {
    return createHash('sha256').update(source).digest('hex');
}
/** docflow's escaping helpers, on a Handlebars environment. */
function withHelpers(hb) {
    hb.registerHelper('yaml', (value) => {
        if (value === undefined)
            throw new Error('`yaml` helper got an undefined value');
        return new hb.SafeString(JSON.stringify(value));
    });
    hb.registerHelper('mmd', (value) => {
        if (value === undefined)
            throw new Error('`mmd` helper got an undefined value');
        return new hb.SafeString(mermaidText(String(value)));
    });
    // Expressions for user templates: `{{secret "NAME"}}` → "${{ secrets.NAME }}".
    for (const [helper, context] of [['secret', 'secrets'], ['var', 'vars']]) {
        hb.registerHelper(helper, (name) => {
            if (typeof name !== 'string' || !/^[A-Za-z_]\w*$/.test(name))
                throw new Error(`\`${helper}\` helper needs a ${context} name, got ${JSON.stringify(name)}`);
            return new hb.SafeString(JSON.stringify(`\${{ ${context}.${name} }}`));
        });
    }
    return hb;
}
const compiled = new WeakMap();
/** Renders a template to text (for Mermaid; YAML goes through {@link renderYaml}). */
export function renderText(templates, name, view) {
    const t = templates.get(name);
    if (!t)
        throw new TemplateError(`docflow:templates/${name}.hbs`, 1, 1, `Missing template \`${name}\``);
    try {
        return compile(t)(view);
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        throw new TemplateError(t.file, Number(/line (\d+)/i.exec(msg)?.[1] ?? 1), 1, `Template \`${name}\` failed: ${msg.split('\n')[0]}`);
    }
}
function compile(t) {
    const known = compiled.get(t);
    if (known && known.source === t.source)
        return known.fn;
    const spec = precompiledTemplates()?.get(templateKey(t.source));
    const fn = spec ? runtimeHandlebars().template(spec) : compilingHandlebars().compile(t.source, HANDLEBARS_OPTIONS);
    compiled.set(t, { source: t.source, fn });
    return fn;
}
/**
 * Rendered YAML already parsed back, by its text: most workflows share steps
 * (checkout, credentials, SAM setup), so each distinct text is parsed once.
 * Callers get a copy, never the kept value.
 */
const parsedRenders = new Map();
const PARSED_RENDERS_KEPT = 20_000;
/** Renders a template to YAML text and parses it back. */
export function renderYaml(templates, name, view, options = {}) {
    const t = templates.get(name);
    if (!t)
        throw new TemplateError(`docflow:templates/${name}.yml.hbs`, 1, 1, `Missing template \`${name}\``);
    const template = compile(t);
    const fail = (e) => {
        const msg = e instanceof Error ? e.message : String(e);
        const line = Number(/line (\d+)/i.exec(msg)?.[1] ?? 1);
        throw new TemplateError(t.file, line, 1, `Template \`${name}\` failed: ${msg.split('\n')[0]}`);
    };
    if (options.slots !== false) {
        // The same render with every `yaml` value held out: the text left is the template's shape for this view.
        const values = [];
        let shape;
        try {
            shape = template(view, { helpers: { yaml: slotHelper(values) } });
        }
        catch (e) {
            return fail(e);
        }
        const filled = fillSlots(shape, values);
        if (filled !== NOT_FILLED)
            return filled;
    }
    let text;
    try {
        text = template(view);
    }
    catch (e) {
        return fail(e);
    }
    const known = parsedRenders.get(text);
    if (known !== undefined)
        return structuredClone(known);
    try {
        const value = parseYaml(text, { prettyErrors: false, uniqueKeys: true });
        if (parsedRenders.size >= PARSED_RENDERS_KEPT)
            parsedRenders.clear();
        parsedRenders.set(text, structuredClone(value));
        return value;
    }
    catch (e) {
        const pos = e instanceof YAMLParseError && e.linePos ? e.linePos[0] : { line: 1, col: 1 };
        const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new TemplateError(t.file, pos.line, pos.col, `Template \`${name}\` rendered invalid YAML (rendered line ${pos.line}): ${msg}`);
    }
}
function slotHelper(values) {
    const hb = runtimeHandlebars();
    return (value) => {
        if (value === undefined)
            throw new Error('`yaml` helper got an undefined value');
        values.push(value);
        return new hb.SafeString(JSON.stringify(slotMarker(values.length - 1)));
    };
}
