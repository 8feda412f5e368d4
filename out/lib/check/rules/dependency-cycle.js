/**
 * dependency-cycle: the deploy (or delete) graph has a cycle, so no order
 * exists. The path starts at the cycle's smallest id and is reported where
 * its first edge is declared.
 */
import { findCycles } from '../../graph/graph.js';
import { PHASES } from '../../model/types.js';
export const dependencyCycle = {
    id: 'dependency-cycle',
    description: 'Dependencies form a cycle.',
    run(ctx) {
        const deployCycles = findCycles(ctx.graphs.deploy);
        const seen = new Set(deployCycles.map((c) => [...new Set(c)].sort().join('\u0000')));
        const deleteCycles = findCycles(ctx.graphs.delete).filter((c) => !seen.has([...new Set(c)].sort().join('\u0000')));
        for (const [graph, cycles] of [[ctx.graphs.deploy, deployCycles], [ctx.graphs.delete, deleteCycles]]) {
            for (const cycle of cycles) {
                const origin = graph.origins.get(`${cycle[0]}\u0000${cycle[1]}`);
                const owner = ctx.byId.get(cycle[0]);
                ctx.report({
                    file: origin?.file ?? owner.file,
                    // Every workflow on the cycle waits for it; a deploy cycle is a delete cycle too.
                    scope: { components: [...new Set(cycle)].map((id) => ctx.byId.get(id)), phases: graph.phase === 'deploy' ? PHASES : ['delete'] },
                    position: origin?.position ?? owner.position,
                    message: `${graph.phase === 'deploy' ? 'Deploy' : 'Delete'} dependency cycle: ${cycle.map((id) => `\`${id}\``).join(' → ')}`,
                    hint: 'Remove one of the edges; a component cannot (transitively) depend on itself.',
                });
            }
        }
    },
};
