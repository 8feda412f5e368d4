import { cmp } from '../diagnostics/diagnostic.js';
/** The relations of component `id`. */
export function relationsOf(analysis, id) {
    return { blastRadius: reach(analysis.graphs.delete, id), prerequisites: reach(analysis.graphs.deploy, id) };
}
/**
 * Breadth-first over `before` from `start`, smallest ids first, so every
 * entry's `via` is a shortest chain and never depends on input order.
 * Sorted: direct entries first, then by chain length, then by id.
 */
function reach(graph, start) {
    const parent = new Map([[start, start]]);
    const queue = [start];
    const found = [];
    while (queue.length > 0) {
        const node = queue.shift();
        for (const next of [...(graph.before.get(node) ?? [])].sort(cmp)) {
            if (parent.has(next))
                continue;
            parent.set(next, node);
            found.push(next);
            queue.push(next);
        }
    }
    const related = found.map((id) => {
        const via = [];
        for (let at = parent.get(id); at !== start; at = parent.get(at))
            via.unshift(at);
        return { id, direct: via.length === 0, via };
    });
    return related.sort((a, b) => a.via.length - b.via.length || cmp(a.id, b.id));
}
