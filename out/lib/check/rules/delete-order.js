/**
 * delete-order: if A deploys after B, B can only be deleted after A, so B's
 * Delete dependencies must cover A (a glob counts). Applies when B has a
 * delete workflow and A is not stackless: a component that is never
 * deleted constrains nothing. All of B's missing entries are one finding.
 */
import { cmp } from '../../diagnostics/diagnostic.js';
import { coverWithGlobs, missingDeleteOrder } from '../../graph/consistency.js';
import { inWorkflow } from '../rule.js';
import { groupBy, idList } from './entries.js';
import { sectionPosition } from './required-by-asymmetry.js';
export const deleteOrder = {
    id: 'delete-order',
    description: "A deploy dependency's Delete dependencies do not cover its dependent.",
    run(ctx) {
        const ids = [...ctx.byId.keys()].sort(cmp);
        for (const group of groupBy(missingDeleteOrder(ctx.components, ctx.byId), (m) => m.owner.file)) {
            const b = group[0].owner;
            const missing = [...new Set(group.map((m) => m.id))].sort(cmp);
            const write = coverWithGlobs(b, new Set(missing), ids).map((t) => `\`delete-${t}\``);
            const one = missing.length === 1;
            ctx.report({
                file: b.file,
                scope: inWorkflow(b, 'delete'),
                position: sectionPosition(b, 'dependencies', 'delete'),
                message: `Missing ${idList(missing)} under Dependencies › Delete: ${one ? 'it deploys' : 'they deploy'} on \`${b.id}\`, so ${one ? 'it' : 'they'} must be deleted first`,
                related: group.map((m) => ({ file: m.source.file, start: m.ref.position.start, message: `\`${m.source.id}\` depends on \`${b.id}\` here` })),
                hint: `Add ${write.join(', ')} to Dependencies › Delete in ${b.file}; \`docflow fix\` adds ${write.length === 1 ? 'it' : 'them'}.`,
                ids: missing,
            });
        }
    },
};
