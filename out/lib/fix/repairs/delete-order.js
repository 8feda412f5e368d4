/**
 * Writes the Delete dependencies that deploy order implies: if A deploys on
 * B, B's Dependencies › Delete gets A. Where a whole glob family is missing
 * (every `func-api-*`), it writes the glob instead of one line per member.
 */
import { cmp } from '../../diagnostics/diagnostic.js';
import { coverWithGlobs, missingDeleteOrder } from '../../graph/consistency.js';
const REASON = 'delete order follows deploy order';
export const deleteOrderRepair = {
    rule: 'delete-order',
    description: 'Adds the Delete dependencies that deploy order implies, as a glob where a whole family is missing.',
    plan({ analysis }) {
        const byOwner = new Map();
        for (const m of missingDeleteOrder(analysis.components, analysis.byId)) {
            if (!byOwner.has(m.owner))
                byOwner.set(m.owner, new Set());
            byOwner.get(m.owner).add(m.id);
        }
        const ids = [...analysis.byId.keys()].sort(cmp);
        const out = [];
        for (const [owner, missing] of byOwner) {
            for (const target of coverWithGlobs(owner, missing, ids)) {
                out.push({ kind: 'add-entry', rule: this.rule, component: owner, list: 'dependencies', phase: 'delete', target, reason: REASON, summary: `added \`${target}\` under Dependencies › Delete (deploy order)` });
            }
        }
        return out;
    },
};
