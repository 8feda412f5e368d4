/**
 * Writes the missing side of a Dependencies ⇄ Required By pair, with the
 * reason from the other side's entry; a glob where a whole family is
 * missing. When both docs list each other in the same list, the direction
 * is a human's call: it writes a placeholder.
 */
import picomatch from 'picomatch';
import { sectionName } from '../../check/rules/entries.js';
import { cmp } from '../../diagnostics/diagnostic.js';
import { covers, coverWithGlobs, missingMirrors } from '../../graph/consistency.js';
export const requiredByAsymmetryRepair = {
    rule: 'required-by-asymmetry',
    description: 'Adds the missing side of a Dependencies ⇄ Required By pair, taking the reason from the other side.',
    plan({ analysis }) {
        const out = [];
        const groups = new Map();
        for (const m of missingMirrors(analysis.components, analysis.byId)) {
            const from = m.list === 'dependencies' ? 'requiredBy' : 'dependencies';
            const where = sectionName(m.list, m.phase);
            if (covers(m.owner[from][m.phase], m.id)) {
                out.push({
                    kind: 'add-entry',
                    rule: this.rule,
                    component: m.owner,
                    list: m.list,
                    phase: m.phase,
                    target: m.id,
                    placeholder: true,
                    reason: `\`${m.id}\` and \`${m.owner.id}\` each list the other under ${sectionName(from, m.phase)}; decide which depends on which, then fix both docs`,
                    summary: `placeholder for \`${m.id}\` under ${where}: the direction is ambiguous`,
                });
                continue;
            }
            const key = `${m.owner.file}\0${m.list}\0${m.phase}`;
            if (!groups.has(key))
                groups.set(key, []);
            groups.get(key).push(m);
        }
        const ids = [...analysis.byId.keys()].sort(cmp);
        for (const group of groups.values()) {
            const { owner, list, phase } = group[0];
            const reasonOf = new Map(group.map((m) => [m.id, m.ref.reason]));
            for (const target of coverWithGlobs(owner, new Set(reasonOf.keys()), ids)) {
                const isMatch = picomatch(target, { dot: true });
                const covered = group.filter((m) => m.id === target || isMatch(m.id));
                const reasons = [...new Set(covered.map((m) => m.ref.reason))];
                out.push({
                    kind: 'add-entry',
                    rule: this.rule,
                    component: owner,
                    list,
                    phase,
                    target,
                    reason: reasons.length === 1 ? reasons[0] : null,
                    summary: `added \`${target}\` under ${sectionName(list, phase)} (listed by ${[...new Set(covered.map((m) => m.source.file))].join(', ')})`,
                });
            }
        }
        return out;
    },
};
