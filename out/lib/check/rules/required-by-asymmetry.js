/**
 * required-by-asymmetry: A lists B under Dependencies, but B does not list A
 * under Required By (or the reverse), for the same phase. One cause, one
 * finding: a glob entry that many docs do not mirror is reported once, at
 * the glob; the rest once per doc and list, naming every missing id. An
 * entry delete-order already asks for is left to it.
 */
import { cmp } from '../../diagnostics/diagnostic.js';
import { missingDeleteOrder, missingMirrors } from '../../graph/consistency.js';
import { sectionKey } from '../../parse/outline.js';
import { inWorkflow } from '../rule.js';
import { groupBy, idList, sectionName } from './entries.js';
export const requiredByAsymmetry = {
    id: 'required-by-asymmetry',
    description: 'Dependencies and Required By disagree between two docs.',
    run(ctx) {
        const ordered = new Set(missingDeleteOrder(ctx.components, ctx.byId).map((m) => `${m.owner.file}\0${m.id}`));
        const all = missingMirrors(ctx.components, ctx.byId).filter((m) => !(m.list === 'dependencies' && m.phase === 'delete' && ordered.has(`${m.owner.file}\0${m.id}`)));
        const mirrorOf = (m) => (m.list === 'dependencies' ? 'requiredBy' : 'dependencies');
        // A glob that several docs do not mirror: one finding at the glob.
        const byGlob = groupBy(all.filter((m) => m.ref.glob), (m) => `${m.source.file}\0${m.ref.position.start.line}:${m.ref.position.start.column}`).filter((g) => g.length > 1);
        const atGlob = new Set(byGlob.flat());
        for (const group of byGlob) {
            const { source: a, ref, list, phase } = group[0];
            const owners = group.map((m) => m.owner.id).sort(cmp);
            ctx.report({
                file: a.file,
                scope: inWorkflow(a, phase),
                position: ref.position,
                message: `\`${ref.raw}\` in ${sectionName(mirrorOf(group[0]), phase)} covers ${idList(owners)}, which do not list \`${a.id}\` under ${sectionName(list, phase)}`,
                related: group.map((m) => ({ file: m.owner.file, start: sectionPosition(m.owner, list, phase).start, message: `\`${m.owner.id}\` lacks \`${a.id}\` here` })),
                hint: `Add \`${a.id}\` to ${sectionName(list, phase)} in each of them, or narrow the glob; \`docflow fix\` adds them.`,
                ids: owners,
            });
        }
        for (const group of groupBy(all.filter((m) => !atGlob.has(m)), (m) => `${m.owner.file}\0${m.list}\0${m.phase}`)) {
            const { owner: b, list, phase } = group[0];
            const missing = [...new Set(group.map((m) => m.id))].sort(cmp);
            const sources = [...new Set(group.map((m) => `\`${m.source.id}\``))];
            ctx.report({
                file: b.file,
                scope: inWorkflow(b, phase),
                position: sectionPosition(b, list, phase),
                message: missing.length === 1
                    ? `Missing \`${missing[0]}\` under ${sectionName(list, phase)}: \`${missing[0]}\` lists \`${b.id}\` under ${sectionName(mirrorOf(group[0]), phase)}`
                    : `Missing ${idList(missing)} under ${sectionName(list, phase)}: each lists \`${b.id}\` under ${sectionName(mirrorOf(group[0]), phase)}`,
                related: group.map((m) => ({ file: m.source.file, start: m.ref.position.start, message: `\`${m.source.id}\` lists \`${b.id}\` here` })),
                hint: `Add ${idList(missing)} to ${sectionName(list, phase)} in ${b.file}, or remove \`${b.id}\` from ${sources.join(', ')}; \`docflow fix\` adds ${missing.length === 1 ? 'it' : 'them'}.`,
                ids: missing,
            });
        }
    },
};
/** The H2 of the section that should hold the entry, else the doc's H1. */
export function sectionPosition(c, list, _phase) {
    const key = list === 'dependencies' ? 'dependencies' : 'required by';
    return c.sections.find((s) => sectionKey(s.title) === key)?.position ?? c.position;
}
