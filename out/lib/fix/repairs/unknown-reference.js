/**
 * Entries that refer to nothing: replaced when there is exactly one
 * "did you mean" (an id, or the glob a bare family name was meant as; the
 * one the other docs confirm, when they do), removed when there is none.
 * With several, a human picks: left as is.
 */
import { sectionName } from '../../check/rules/entries.js';
import { unknownEntries } from '../../graph/consistency.js';
export const unknownReferenceRepair = {
    rule: 'unknown-reference',
    description: 'Replaces an entry that names no component with its one "did you mean", or removes it when there is none.',
    plan({ analysis }) {
        return unknownEntries(analysis.components, analysis.byId)
            .filter((u) => !u.ref.glob && !u.ref.link)
            .flatMap((u) => repairUnknown(this.rule, u));
    },
};
/** Replace with the one meaning, remove when there is none; several need a human. */
export function repairUnknown(rule, u) {
    const { owner: c, ref, meanings: meant } = u;
    const section = sectionName(u.list, u.phase);
    if (meant.length === 1)
        return [{ kind: 'replace-entry', rule, component: c, ref, target: meant[0], summary: `replaced \`${ref.raw}\` with \`${meant[0]}\` in ${section}` }];
    if (meant.length === 0)
        return [{ kind: 'remove-entry', rule, component: c, ref, summary: `removed \`${ref.raw}\` from ${section}: it names no component` }];
    return [];
}
