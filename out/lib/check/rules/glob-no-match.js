/**
 * glob-no-match: a glob entry (`func-api-*`) matches no component. Usually a
 * typo or a renamed family of components. As for unknown-reference, the
 * entries the typo makes missing elsewhere are reported here, once.
 */
import { cmp } from '../../diagnostics/diagnostic.js';
import { unknownEntries } from '../../graph/consistency.js';
import { guardedBy, idList, sectionName } from './entries.js';
export const globNoMatch = {
    id: 'glob-no-match',
    description: 'A glob entry matches no component.',
    run(ctx) {
        for (const u of unknownEntries(ctx.components, ctx.byId)) {
            const { owner: c, ref, list, phase } = u;
            if (!ref.glob)
                continue;
            const explained = explainedText(u);
            const ids = [...new Set(u.explains.map((m) => m.id))].sort(cmp);
            ctx.report({
                file: c.file,
                scope: { components: [c], phases: guardedBy(list, phase) },
                position: ref.position,
                message: `Glob \`${ref.raw}\` in ${sectionName(list, phase)} matches no component${u.meanings.length === 1 ? `; did you mean \`${u.meanings[0]}\`?` : ''}${explained.message}`,
                ...(ids.length ? { ids } : {}),
                ...(explained.related.length ? { related: explained.related } : {}),
                hint: u.meanings.length === 1 ? `Write \`${u.meanings[0]}\`; \`docflow fix\` writes it.` : 'Fix the pattern, or list the components by id.',
            });
        }
    },
};
/** What the other docs say that the misspelt entry was meant for: a clause for the message, and where they say it. */
export function explainedText(u) {
    if (u.explains.length === 0)
        return { message: '', related: [] };
    const ordered = (m) => m.source.dependencies.deploy.includes(m.ref) && m.list === 'dependencies' && m.phase === 'delete';
    const sources = [...new Set(u.explains.map((m) => m.source.id))].sort(cmp);
    const one = sources.length === 1;
    const says = u.explains.every(ordered)
        ? `${one ? 'deploys' : 'deploy'} on \`${u.owner.id}\``
        : `${one ? 'lists' : 'list'} \`${u.owner.id}\` under ${sectionName(u.list === 'dependencies' ? 'requiredBy' : 'dependencies', u.phase)}`;
    return {
        message: ` (${idList(sources)} ${says})`,
        related: u.explains.map((m) => ({ file: m.source.file, start: m.ref.position.start, message: ordered(m) ? `\`${m.source.id}\` depends on \`${u.owner.id}\` here` : `\`${m.source.id}\` lists \`${u.owner.id}\` here` })),
    };
}
