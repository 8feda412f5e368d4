/**
 * Reads every component's template and joins the three sources: which stack
 * each component deploys, which template that stack runs, and which exports
 * and imports link the templates. `Fn::ImportValue` of a literal, or of a
 * `!Sub`/`!Join` over names whose values are known (the stack name, a
 * parameter default or a literal the doc passes), resolves to the component
 * that exports it.
 */
import path from 'node:path';
import { cmp } from '../diagnostics/diagnostic.js';
import { stackOf } from '../model/types.js';
import { stackFacts } from './facts.js';
import { readSamConfig } from './samconfig.js';
import { parseStackTemplate } from './template.js';
import { evaluateString } from './values.js';
/** The default template of a component whose steps name none. */
export const DEFAULT_TEMPLATE_PATTERN = 'templates/{id}.yaml';
/** Reads and parses each component's template through `read`, and resolves exports and imports. */
export function readStacks(components, byId, read, pattern) {
    const diagnostics = [];
    const parsed = new Map();
    const configs = new Map();
    const stacks = new Map();
    const byStack = new Map();
    for (const c of components) {
        if (byId.get(c.id) !== c)
            continue;
        const facts = stackFacts(c, pattern);
        let template = null;
        const file = facts.template?.path;
        if (file && insideRepo(file)) {
            if (!parsed.has(file)) {
                const text = read(file);
                const result = text === null ? { template: null, diagnostics: [] } : parseStackTemplate(file, text);
                diagnostics.push(...result.diagnostics);
                parsed.set(file, result.template);
            }
            template = parsed.get(file) ?? null;
        }
        let samConfig = null;
        const wanted = facts.deploy?.samConfig;
        if (wanted) {
            const key = `${wanted.file ?? ''}\0${wanted.env}\0${file ?? ''}`;
            if (!configs.has(key)) {
                const result = readSamConfig(read, wanted, file ?? null);
                // The same broken file read for two environments gives the same diagnostic: the normaliser keeps one.
                diagnostics.push(...result.diagnostics);
                configs.set(key, result.config);
            }
            samConfig = configs.get(key) ?? null;
        }
        const entry = { component: c, facts, template, imports: [], samConfig };
        stacks.set(c.id, entry);
        const stack = stackOf(c);
        if (stack && !byStack.has(stack))
            byStack.set(stack, entry);
    }
    const exports = new Map();
    const names = new Map();
    for (const entry of [...stacks.values()].sort((a, b) => cmp(a.component.id, b.component.id))) {
        if (!entry.template)
            continue;
        const known = knownNames(entry);
        names.set(entry.component.id, known);
        for (const output of entry.template.outputs) {
            const name = output.exportName ? evaluateString(output.exportName, known) : null;
            if (name !== null && !exports.has(name))
                exports.set(name, { component: entry.component, output });
        }
    }
    for (const entry of stacks.values()) {
        if (!entry.template)
            continue;
        for (const imp of entry.template.imports) {
            const name = evaluateString(imp.name, names.get(entry.component.id));
            const exporter = name === null ? undefined : exports.get(name);
            if (exporter)
                entry.imports.push({ exportName: name, exporter: exporter.component, output: exporter.output, position: imp.position });
        }
    }
    return { index: { byId: stacks, byStack, exports }, diagnostics };
}
/** The stack name and each parameter whose value is known: a literal the doc passes, else the template default. */
function knownNames(entry) {
    const names = new Map();
    const stack = stackOf(entry.component);
    if (stack)
        names.set('AWS::StackName', stack);
    const passed = new Map((entry.facts.deploy?.parameters ?? []).map((p) => [p.name, p]));
    for (const p of entry.template.parameters) {
        const source = passed.get(p.name)?.source;
        const configured = entry.samConfig?.parameters.get(p.name);
        if (source?.kind === 'literal')
            names.set(p.name, source.value);
        else if (!passed.has(p.name) && configured !== undefined)
            names.set(p.name, configured);
        else if (!passed.has(p.name) && p.defaultValue !== null)
            names.set(p.name, p.defaultValue);
    }
    return names;
}
/** Relative, and never climbing out of the root (unsafe-template-path reports the others). */
function insideRepo(file) {
    const normalized = path.posix.normalize(file);
    return !path.posix.isAbsolute(normalized) && !/^[A-Za-z]:/.test(file) && normalized !== '..' && !normalized.startsWith('../');
}
