/**
 * Deploy and delete plans for a selection of components: what must deploy
 * (the components and their transitive deploy dependencies) or be deleted
 * first (their transitive dependents, in the delete graph), as ordered
 * waves. Linear in the edges reached.
 */
import { cmp } from '../diagnostics/diagnostic.js';
import { globalWaves } from './waves.js';
/**
 * The plan to `phase` the `targets` (all ids when empty): the targets and
 * everything the phase graph puts before them, transitively. In the delete
 * graph that is what must be deleted before a target can go.
 */
export function phasePlan(graph, targets) {
    const selected = new Set();
    const stack = targets.length > 0 ? [...targets] : [...graph.ids];
    while (stack.length > 0) {
        const id = stack.pop();
        if (selected.has(id) || !graph.before.has(id))
            continue;
        selected.add(id);
        for (const first of graph.before.get(id))
            if (!selected.has(first))
                stack.push(first);
    }
    const needs = new Map();
    const edges = [];
    for (const id of [...selected].sort(cmp)) {
        const own = [...graph.before.get(id)].filter((d) => selected.has(d) && d !== id).sort(cmp);
        needs.set(id, own);
        for (const first of own)
            edges.push([id, first]);
    }
    return { phase: graph.phase, targets: [...targets].sort(cmp), waves: globalWaves(needs), edges };
}
/** The plan as text: one line per wave. */
export function formatPhasePlanText(p) {
    const what = p.targets.length === 0 ? 'the whole system' : p.targets.map((t) => `\`${t}\``).join(', ');
    const verb = p.phase === 'deploy' ? `To deploy ${what}, deploy in this order` : `Before ${what} can be deleted, and to delete ${p.targets.length === 1 ? 'it' : 'them'}, delete in this order`;
    const count = p.waves.reduce((n, w) => n + w.length, 0);
    return [`${verb} (${count} component${count === 1 ? '' : 's'}, ${p.waves.length} wave${p.waves.length === 1 ? '' : 's'}; a wave's components can run in parallel):`, ...p.waves.map((w, i) => `  wave ${i + 1}: ${w.join(', ')}`)].join('\n') + '\n';
}
/** The plan as a Mermaid flowchart: one subgraph per wave, an arrow from each component to what comes after it. */
export function formatPhasePlanMermaid(p, nodeId) {
    const lines = ['flowchart LR'];
    p.waves.forEach((w, i) => {
        lines.push(`  subgraph wave${i + 1}["wave ${i + 1}"]`);
        for (const id of w)
            lines.push(`    ${nodeId(id)}["${id}"]`);
        lines.push('  end');
    });
    for (const [after, first] of p.edges)
        lines.push(`  ${nodeId(first)} --> ${nodeId(after)}`);
    return lines.join('\n') + '\n';
}
