/**
 * What a component page says about its stack's template: each parameter with
 * where its value comes from, and each output with who reads it (lookups,
 * parameters sourced from it, and `Fn::ImportValue`s of its export). Pure:
 * computed from the stack index alone.
 */
import { cmp } from '../diagnostics/diagnostic.js';
import { evaluateString } from './values.js';
/** The summary of `id`'s template, or null when it has none that was read. */
export function templateSummary(stacks, id) {
    const entry = stacks.byId.get(id);
    const template = entry?.template;
    if (!entry || !template)
        return null;
    const passed = new Map((entry.facts.deploy?.parameters ?? []).map((p) => [p.name, p]));
    const parameters = template.parameters.map((p) => {
        const source = passed.get(p.name)?.source;
        const origin = source ?? (p.hasDefault ? { kind: 'default', value: p.defaultValue } : { kind: 'missing' });
        return { name: p.name, origin, line: p.position.start.line };
    });
    const stack = [...stacks.byStack].find(([, s]) => s === entry)?.[0] ?? null;
    const exportsOf = new Map([...stacks.exports].filter(([, e]) => e.component === entry.component).map(([name, e]) => [e.output, name]));
    const outputs = template.outputs.map((o) => {
        const readers = [];
        for (const other of stacks.byId.values()) {
            for (const read of other.facts.reads)
                if (stack !== null && read.stack === stack && read.output === o.name)
                    readers.push({ component: other.component.id, how: read.where });
            for (const imp of other.imports)
                if (imp.exporter === entry.component && imp.output === o)
                    readers.push({ component: other.component.id, how: 'Fn::ImportValue' });
        }
        readers.sort((a, b) => cmp(a.component, b.component) || cmp(a.how, b.how));
        const exportName = exportsOf.get(o) ?? (o.exportName ? evaluateString(o.exportName, new Map()) : null);
        return { name: o.name, exportName, readers, line: o.position.start.line };
    });
    return { file: template.file, parameters, outputs };
}
