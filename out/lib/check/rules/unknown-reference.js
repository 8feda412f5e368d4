/**
 * unknown-reference: an entry names no component (and is not a glob). Stops
 * generation of whatever needs that part of the graph, so it is an error.
 * One cause, one diagnostic: the mirror and delete-order entries the
 * misspelling makes missing are reported here, not again by their rules.
 */
import { cmp } from '../../diagnostics/diagnostic.js';
import { familyOf, unknownEntries } from '../../graph/consistency.js';
import { guardedBy, sectionName } from './entries.js';
import { explainedText } from './glob-no-match.js';
export const unknownReference = {
    id: 'unknown-reference',
    description: 'A Dependencies or Required By entry names a component that has no doc.',
    run(ctx) {
        for (const u of unknownEntries(ctx.components, ctx.byId)) {
            const { owner: c, ref, list, phase } = u;
            if (ref.glob)
                continue;
            const what = ref.link ? `link target \`${ref.link}\`` : `\`${ref.ref}\``;
            const family = ref.link ? [] : familyOf(ref.ref, [...ctx.byId.keys()].filter((id) => id !== c.id)).sort(cmp);
            const suggestion = u.meanings.length === 1 ? `; did you mean \`${u.meanings[0]}\`${family.length >= 2 && u.meanings[0].endsWith('-*') ? ` (the glob of ${family.length} components)` : ''}?` : u.meanings.length > 1 ? `; did you mean one of ${u.meanings.map((m) => `\`${m}\``).join(', ')}?` : '';
            const explained = explainedText(u);
            const ids = [...new Set([...(family.length >= 2 ? family : []), ...u.explains.map((m) => m.id)])].sort(cmp);
            ctx.report({
                file: c.file,
                scope: { components: [c], phases: guardedBy(list, phase) },
                position: ref.position,
                message: `Unknown component ${what} in ${sectionName(list, phase)}${suggestion}${explained.message}`,
                ...(ids.length ? { ids } : {}),
                ...(explained.related.length ? { related: explained.related } : {}),
                hint: u.meanings.length === 1
                    ? `Write \`${u.meanings[0]}\`, or add a doc for \`${ref.ref}\`; \`docflow fix\` writes it.`
                    : u.meanings.length > 1
                        ? `Write the one you meant, or add a doc for \`${ref.ref}\`.`
                        : `Add a doc for \`${ref.ref}\`, or remove the entry; \`docflow fix\` removes it.`,
            });
        }
    },
};
