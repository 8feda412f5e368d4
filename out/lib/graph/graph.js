import { cmp } from '../diagnostics/diagnostic.js';
import { globalWaves } from './waves.js';
/** Builds the deploy or delete graph from resolved components. */
export function buildGraph(components, phase) {
    const ids = [...new Set(components.map((c) => c.id))].sort(cmp);
    const before = new Map(ids.map((id) => [id, new Set()]));
    const origins = new Map();
    const add = (after, first, file, ref) => {
        before.get(after)?.add(first);
        const key = `${after}\u0000${first}`;
        if (!origins.has(key))
            origins.set(key, { file, position: ref.position });
    };
    for (const c of components) {
        for (const ref of c.dependencies[phase])
            for (const id of ref.ids)
                add(c.id, id, c.file, ref);
        for (const ref of c.requiredBy[phase])
            for (const id of ref.ids)
                add(id, c.id, c.file, ref);
        if (phase === 'delete') {
            // Deleting a deploy dependency first would break its dependents: reverse every deploy edge.
            for (const ref of c.dependencies.deploy)
                for (const id of ref.ids)
                    add(id, c.id, c.file, ref);
            for (const ref of c.requiredBy.deploy)
                for (const id of ref.ids)
                    add(c.id, id, c.file, ref);
        }
    }
    return { phase, ids, before, origins };
}
/**
 * Groups ids into waves: every id's prerequisites are in earlier waves. Ids
 * on or behind a cycle are left out; `findCycles` reports them.
 */
export function waves(graph) {
    return globalWaves(new Map(graph.ids.map((id) => [id, [...graph.before.get(id)]])));
}
/**
 * Every elementary cycle we report: one per strongly connected component,
 * starting at its smallest id and following the smallest next id, so the
 * printed path never depends on input order.
 */
export function findCycles(graph) {
    const cycles = [];
    for (const scc of stronglyConnected(graph)) {
        const start = scc[0];
        if (scc.length === 1 && !graph.before.get(start).has(start))
            continue;
        const members = new Set(scc);
        cycles.push(shortestCycle(graph, start, members));
    }
    return cycles.sort((a, b) => cmp(a[0], b[0]));
}
/** Breadth-first from `start` back to itself inside its SCC, smallest ids first. */
function shortestCycle(graph, start, members) {
    const parent = new Map();
    const queue = [start];
    while (queue.length > 0) {
        const node = queue.shift();
        for (const next of [...graph.before.get(node)].sort(cmp)) {
            if (!members.has(next))
                continue;
            if (next === start) {
                const path = [node];
                let cur = node;
                while (cur !== start)
                    path.push((cur = parent.get(cur)));
                return [start, ...path.reverse().slice(1), start];
            }
            if (!parent.has(next)) {
                parent.set(next, node);
                queue.push(next);
            }
        }
    }
    return [start, start];
}
/** Tarjan's algorithm, iterative; each SCC sorted, SCCs sorted by first id. */
function stronglyConnected(graph) {
    let index = 0;
    const idx = new Map();
    const low = new Map();
    const onStack = new Set();
    const stack = [];
    const out = [];
    for (const root of graph.ids) {
        if (idx.has(root))
            continue;
        const work = [];
        const visit = (node) => {
            idx.set(node, index);
            low.set(node, index++);
            stack.push(node);
            onStack.add(node);
            work.push({ node, edges: [...graph.before.get(node)].filter((n) => graph.before.has(n)).sort(cmp), i: 0 });
        };
        visit(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.i < frame.edges.length) {
                const next = frame.edges[frame.i++];
                if (!idx.has(next))
                    visit(next);
                else if (onStack.has(next))
                    low.set(frame.node, Math.min(low.get(frame.node), idx.get(next)));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                low.set(parent.node, Math.min(low.get(parent.node), low.get(frame.node)));
            if (low.get(frame.node) === idx.get(frame.node)) {
                const scc = [];
                let n;
                do {
                    n = stack.pop();
                    onStack.delete(n);
                    scc.push(n);
                } while (n !== frame.node);
                out.push(scc.sort(cmp));
            }
        }
    }
    return out.sort((a, b) => cmp(a[0], b[0]));
}
