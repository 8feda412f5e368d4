/**
 * Splits deploy-all / delete-all into parts that GitHub accepts. A workflow
 * may call at most 50 unique reusable workflows, nested calls included, so a
 * larger system becomes a chain: `deploy-all` runs the first components in
 * wave order, then dispatches `deploy-all-2`, and so on. Every component's
 * dependencies are in its own part or an earlier one; inside a part, `needs:`
 * keeps the exact order and all the parallelism the graph allows.
 */
import { cmp } from '../diagnostics/diagnostic.js';
import { globalWaves } from './waves.js';
/**
 * Plans the parts for `needs` (component → the components it waits for).
 * Components are ordered by global wave, then id, and cut into runs of at
 * most `limit`; a dependency always lands in the same or an earlier part.
 */
export function planOrchestration(phase, needs, limit) {
    const order = globalWaves(needs).flat();
    const parts = [];
    for (let start = 0, index = 1; start < order.length; start += limit, index++) {
        const members = order.slice(start, start + limit);
        const inPart = new Set(members);
        const jobs = members
            .map((id) => ({ id, needs: needs.get(id).filter((d) => inPart.has(d)) }))
            .sort((a, b) => cmp(a.id, b.id));
        parts.push({ index, name: index === 1 ? `${phase}-all` : `${phase}-all-${index}`, jobs, waves: globalWaves(new Map(jobs.map((j) => [j.id, j.needs]))) });
    }
    return { phase, limit, parts };
}
/**
 * The graph restricted to `ids`: `needs[id]` are the nearest predecessors
 * that are in `ids`, looking through the ones that are not.
 */
export function reducedNeeds(graph, ids) {
    const memo = new Map();
    const through = (node, seen) => {
        const hit = memo.get(node);
        if (hit)
            return hit;
        const out = new Set();
        for (const dep of graph.before.get(node) ?? []) {
            if (seen.has(dep))
                continue;
            if (ids.has(dep))
                out.add(dep);
            else
                for (const d of through(dep, new Set([...seen, dep])))
                    out.add(d);
        }
        memo.set(node, out);
        return out;
    };
    const needs = new Map();
    for (const id of [...ids].sort(cmp))
        needs.set(id, [...through(id, new Set([id]))].sort(cmp));
    return needs;
}
/** The orchestration plan of each phase for the components that have a workflow for it. */
export function planPhases(components, graphs, limit) {
    return ['deploy', 'delete'].map((phase) => {
        const ids = new Set(components.filter((c) => c.workflows[phase]).map((c) => c.id));
        return planOrchestration(phase, reducedNeeds(graphs[phase], ids), limit);
    });
}
