import { toDiagnostic } from './rule.js';
/** Runs `rules` and returns their diagnostics, unsorted. */
export function runRules(components, byId, graphs, stacks, rules, options) {
    const out = [];
    for (const rule of rules) {
        rule.run({
            components,
            byId,
            graphs,
            stacks,
            options,
            report(r) {
                const { line, column } = r.position.start;
                if (!r.file || !Number.isInteger(line) || line < 1 || !Number.isInteger(column) || column < 1) {
                    throw new Error(`rule ${rule.id} reported an invalid location ${r.file}:${line}:${column}`);
                }
                if (r.scope.components.length === 0)
                    throw new Error(`rule ${rule.id} reported a finding that names no component (${r.file}:${line}:${column})`);
                out.push(toDiagnostic(rule, r));
            },
        });
    }
    return out;
}
