import { explainedBy, unknownEntries } from '../../graph/consistency.js';
import { inWorkflow } from '../rule.js';
export const stackDependencyMissing = {
    id: 'stack-dependency-missing',
    description: "A template imports, or a doc reads, another stack's values without a dependency on its component.",
    run(ctx) {
        const unknowns = unknownEntries(ctx.components, ctx.byId);
        for (const { component: c, facts, imports } of ctx.stacks.byId.values()) {
            const needs = [];
            for (const read of facts.reads) {
                const target = ctx.stacks.byStack.get(read.stack);
                if (!target || target.component === c)
                    continue;
                const output = target.template?.outputs.find((o) => o.name === read.output);
                needs.push({
                    other: target.component,
                    phase: read.phase,
                    position: read.position,
                    what: `${read.where} reads output \`${read.output}\` of \`${read.stack}\``,
                    related: output ? [{ file: target.template.file, start: output.position.start, message: `\`${read.output}\` is declared here` }] : [],
                });
            }
            for (const imp of imports) {
                if (imp.exporter === c || !facts.template)
                    continue;
                needs.push({
                    other: imp.exporter,
                    phase: 'deploy',
                    position: facts.template.position,
                    what: `its template imports \`${imp.exportName}\`, which \`${imp.exporter.id}\` exports`,
                    related: [{ file: ctx.stacks.byId.get(c.id).template.file, start: imp.position.start, message: `\`Fn::ImportValue\` of \`${imp.exportName}\`` }],
                });
            }
            const seen = new Set();
            for (const need of needs) {
                const key = `${need.phase}\u0000${need.other.id}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const graph = ctx.graphs[need.phase];
                // Deploy: c after other. Delete: other deleted after c.
                const ordered = need.phase === 'deploy' ? reaches(graph, c.id, need.other.id) : reaches(graph, need.other.id, c.id);
                // A misspelt entry meant to order the two is that entry's finding, not a second one.
                if (ordered || meantToOrder(unknowns, c, need.other, need.phase))
                    continue;
                ctx.report({
                    scope: inWorkflow(c, need.phase),
                    file: c.file,
                    position: need.position,
                    message: need.phase === 'deploy'
                        ? `Missing deploy dependency on \`${need.other.id}\`: ${need.what}, but \`${c.id}\` can deploy before it`
                        : `Missing delete order: the delete workflow's ${need.what}, but \`${need.other.id}\` can be deleted first`,
                    related: need.related,
                    hint: need.phase === 'deploy'
                        ? `Add \`${need.other.id}\` to Dependencies › Deploy in ${c.file} (and \`${c.id}\` to Dependencies › Delete in ${need.other.file}).`
                        : `Add \`delete-${c.id}\` to Dependencies › Delete in ${need.other.file}.`,
                });
            }
        }
    },
};
/** True when an entry that names nothing was meant as the edge that orders `c` after `other` (deploy) or `other` after `c` (delete). */
function meantToOrder(unknowns, c, other, phase) {
    const edges = phase === 'deploy'
        ? [[c, 'dependencies', 'deploy', other], [other, 'requiredBy', 'deploy', c]]
        : [[other, 'dependencies', 'delete', c], [c, 'requiredBy', 'delete', other], [c, 'dependencies', 'deploy', other], [other, 'requiredBy', 'deploy', c]];
    return edges.some(([owner, list, p, named]) => explainedBy(unknowns, owner, list, p, named.id) !== undefined);
}
/** True when `from` runs after `to` in `graph`, directly or through others. */
function reaches(graph, from, to) {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length > 0) {
        for (const next of graph.before.get(stack.pop()) ?? []) {
            if (next === to)
                return true;
            if (!seen.has(next)) {
                seen.add(next);
                stack.push(next);
            }
        }
    }
    return false;
}
