/**
 * Loads and validates docflow.config.yaml against docs/config.schema.json.
 * Problems are diagnostics at the offending key's line and column, never
 * exceptions.
 */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv';
import { AJV_OPTIONS, PREBUILT_FILE, schemaHash, validatorSchemas } from './validators.js';
import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import { COMPONENT_OPTION_KEYS, DEFAULT_CONFIG, DEFAULT_SITE } from './types.js';
import { CONFIG_FILES } from './types.js';
import { DOCFLOW_ROOT, loadFromBuild } from '../own.js';
export { CONFIG_FILES, DOCFLOW_ROOT };
const schemaPath = path.join(DOCFLOW_ROOT, 'docs/config.schema.json');
let configValidator = null;
let componentValidator = null;
let prebuilt;
/**
 * The validators `npm run build` compiled ahead (config/validators.ts), when
 * they were made from this very schema; else null, and they are compiled here.
 */
function prebuiltValidators() {
    if (prebuilt !== undefined)
        return prebuilt;
    // Not built (running from source), or built from another schema: compile.
    const built = loadFromBuild(path.posix.join('config', PREBUILT_FILE));
    prebuilt = built && built.schemaHash === schemaHash(readFileSync(schemaPath, 'utf8')) ? built : null;
    return prebuilt;
}
let ajv = null;
function compileSchema(schema) {
    const Ajv = AjvModule.default ?? AjvModule;
    ajv ??= new Ajv(AJV_OPTIONS);
    return ajv.compile(schema);
}
// Each validator is made on first use: a run whose docs set no option never makes the front-matter one.
function getConfigValidator() {
    configValidator ??= prebuiltValidators()?.config ?? compileSchema(validatorSchemas(readSchema()).config);
    return configValidator;
}
function getComponentValidator() {
    componentValidator ??= prebuiltValidators()?.component ?? compileSchema(validatorSchemas(readSchema()).component);
    return componentValidator;
}
function readSchema() {
    return JSON.parse(readFileSync(schemaPath, 'utf8'));
}
/** Reads the config at `root` (optional file); defaults fill every gap. */
export async function loadConfig(root) {
    for (const name of CONFIG_FILES) {
        let text;
        try {
            text = await fs.readFile(path.join(root, name), 'utf8');
        }
        catch (e) {
            // Only a missing file means "no config"; anything else must not silently fall back to defaults.
            if (e.code === 'ENOENT')
                continue;
            const reason = e.code ?? e.message;
            return { config: structuredClone(DEFAULT_CONFIG), file: name, diagnostics: [{ ruleId: 'config-syntax', severity: 'error', message: `Cannot read the config file: ${reason}`, file: name, start: { line: 1, column: 1 }, hint: 'Make docflow.config.yaml a readable file, or remove it to use the defaults.' }] };
        }
        return parseConfig(name, text);
    }
    return { config: structuredClone(DEFAULT_CONFIG), file: null, diagnostics: [] };
}
/** Parses and validates config text. */
export function parseConfig(file, text) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const diagnostics = [];
    for (const err of doc.errors) {
        const at = lines.linePos(err.pos[0]);
        diagnostics.push({ ruleId: 'config-syntax', severity: 'error', message: `Invalid YAML: ${err.message.split('\n')[0]}`, file, start: { line: at.line, column: at.col } });
    }
    if (diagnostics.length > 0)
        return { config: structuredClone(DEFAULT_CONFIG), file, diagnostics };
    const data = doc.toJS() ?? {};
    diagnostics.push(...schemaDiagnostics(getConfigValidator(), data, doc, lines, file, 'config-schema'));
    if (diagnostics.length > 0)
        return { config: structuredClone(DEFAULT_CONFIG), file, diagnostics };
    return { config: mergeConfig(DEFAULT_CONFIG, data), file, diagnostics };
}
/**
 * Validates a component's front matter options: `doc` is the front matter
 * YAML as parsed (with `lines`) and `firstLine` the doc line it starts on.
 */
export function validateComponentOptions(file, doc, lines, firstLine) {
    if (doc.errors.length > 0)
        return []; // the parser already reported the syntax error
    return schemaDiagnostics(getComponentValidator(), doc.toJS() ?? {}, doc, lines, file, 'invalid-front-matter').map((d) => ({
        ...d,
        start: { line: d.start.line + firstLine - 1, column: d.start.column },
    }));
}
/** Applies a component's front matter over the project config. */
export function componentConfig(config, options) {
    if (!options)
        return config;
    const picked = {};
    for (const key of COMPONENT_OPTION_KEYS)
        if (key in options)
            picked[key] = options[key];
    return mergeConfig(config, picked);
}
/** Config keys whose mappings merge key by key over the defaults. */
const SHALLOW_MERGED = new Set(['aws', 'guards', 'paths', 'browser', 'orchestrator', 'env', 'checkout']);
function mergeConfig(base, data) {
    const out = structuredClone(base);
    for (const [key, value] of Object.entries(data)) {
        if (key === '$schema')
            continue;
        if (key === 'pins' && value && typeof value === 'object') {
            const pins = value;
            const target = out.pins;
            if (pins.samCli)
                target.samCli = pins.samCli;
            for (const [repo, pin] of Object.entries(pins.actions ?? {})) {
                target.actions[repo] = typeof pin === 'string' ? { ref: pin, version: null } : { ref: pin.ref, version: pin.version ?? null };
            }
        }
        else if (key === 'site' && value && typeof value === 'object') {
            const site = value;
            const publish = site.publish ?? {};
            out.site = {
                ...DEFAULT_SITE,
                ...site,
                publish: publish.to === 's3'
                    ? { to: 's3', bucket: publish.bucket, distribution: publish.distribution, environment: publish.environment ?? null }
                    : { to: publish.to ?? 'github-pages' },
            };
        }
        else if (key === 'site') {
            out.site = structuredClone(DEFAULT_SITE);
        }
        else if (SHALLOW_MERGED.has(key)) {
            out[key] = { ...out[key], ...value };
        }
        else if (key === 'sam') {
            const sam = value;
            const target = out.sam;
            out.sam = { ...target, ...sam, install: { ...target.install, ...(sam.install ?? {}) } };
        }
        else if (key === 'naming') {
            const naming = value;
            const target = out.naming;
            out.naming = { ...target, ...naming, jobIds: { ...target.jobIds, ...(naming.jobIds ?? {}) } };
        }
        else if (key === 'deploy' || key === 'delete') {
            const workflow = out.workflow;
            out.workflow = { ...workflow, [key]: workflowOptions(value) };
        }
        else
            out[key] = value;
    }
    return out;
}
/** Front matter `deploy:` / `delete:` with every key filled in. */
function workflowOptions(data) {
    const base = DEFAULT_CONFIG.workflow.deploy;
    const inputs = {};
    for (const [name, raw] of Object.entries((data.inputs ?? {}))) {
        inputs[name] = {
            description: raw.description ?? name,
            type: raw.type ?? (raw.options ? 'choice' : typeof raw.default === 'boolean' ? 'boolean' : 'string'),
            default: raw.default ?? null,
            ...(raw.options ? { options: raw.options } : {}),
            required: raw.required ?? false,
        };
    }
    const checkout = (data.checkout ?? []).map((c) => ({
        repository: c.repository,
        ref: c.ref === undefined ? [] : Array.isArray(c.ref) ? c.ref : [c.ref],
        path: c.path,
        token: c.token ?? null,
    }));
    const calls = data.calls;
    const tests = data.tests;
    return {
        if: data.if ?? base.if,
        name: data.name ?? base.name,
        on: data.on ?? base.on,
        inputs,
        checkout,
        tests: tests ? { workflow: tests.workflow, with: tests.with ?? {} } : null,
        orchestrated: data.orchestrated ?? base.orchestrated,
        env: data.env ?? base.env,
        calls: calls ? { job: calls.job, workflow: calls.workflow, with: calls.with ?? {} } : null,
        defaultEnvironment: data.defaultEnvironment ?? base.defaultEnvironment,
    };
}
function schemaDiagnostics(validate, data, doc, lines, file, ruleId) {
    if (validate(data))
        return [];
    const errors = mergeTypeErrors((validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== '$ref'));
    return errors.map((e) => ({
        ruleId,
        severity: 'error',
        message: describe(e),
        file,
        start: pointAt(doc, lines, e),
        hint: 'See docs/config.md for every key and its type.',
    }));
}
/**
 * A `oneOf` (a pin is a string or an object) reports every branch. Keep what
 * helps: a value of neither type gets one `type` error naming both; a value
 * of the right type gets only its own errors, not "expected string".
 */
function mergeTypeErrors(errors) {
    const out = [];
    for (const e of errors) {
        const prev = out.find((o) => o.keyword === 'type' && e.keyword === 'type' && o.instancePath === e.instancePath);
        if (prev)
            prev.params.type += ` or ${e.params.type}`;
        else
            out.push(e.keyword === 'type' ? { ...e, params: { ...e.params } } : e);
    }
    const within = (e, path) => e.instancePath === path || e.instancePath.startsWith(`${path}/`);
    return out.filter((e) => e.keyword !== 'type' || !out.some((o) => o.keyword !== 'type' && within(o, e.instancePath)));
}
/** JSON pointer segments, unescaped (`actions~1checkout` → `actions/checkout`). */
function pointerSegments(pointer) {
    return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function describe(e) {
    const at = e.instancePath ? `\`${pointerSegments(e.instancePath).join('.')}\`` : 'the top level';
    switch (e.keyword) {
        case 'additionalProperties':
            return `Unknown key \`${e.params.additionalProperty}\` in ${at}`;
        case 'type':
            return `Unexpected type for ${at}, expected ${e.params.type}`;
        case 'pattern':
            return `Unexpected value for ${at}: it must match ${e.params.pattern}`;
        default:
            return `Invalid ${at}: ${e.message ?? e.keyword}`;
    }
}
function pointAt(doc, lines, e) {
    const segments = pointerSegments(e.instancePath);
    if (e.keyword === 'additionalProperties') {
        const parent = doc.getIn(segments, true);
        const key = e.params.additionalProperty;
        if (isMap(parent)) {
            const pair = parent.items.find((p) => isNode(p.key) && p.key.value === key);
            const range = pair && isNode(pair.key) ? pair.key.range : undefined;
            if (range)
                return toPoint(lines, range[0]);
        }
    }
    const node = segments.length > 0 ? doc.getIn(segments, true) : doc.contents;
    const range = isNode(node) ? node.range : undefined;
    return toPoint(lines, range?.[0] ?? 0);
}
function toPoint(lines, offset) {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
}
