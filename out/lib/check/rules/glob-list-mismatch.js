import { guardedBy, sectionName } from './entries.js';
export const globListMismatch = {
    id: 'glob-list-mismatch',
    description: 'A glob and the explicit list written after it name different components.',
    run(ctx) {
        for (const c of ctx.components) {
            for (const g of c.listedGlobs) {
                const listed = new Set(g.listed.flatMap((r) => r.ids));
                const missing = g.ids.filter((id) => !listed.has(id) && id !== c.id);
                const extra = [...listed].filter((id) => !g.ids.includes(id)).sort();
                if (missing.length === 0 && extra.length === 0)
                    continue;
                const parts = [
                    missing.length > 0 ? `the list leaves out ${missing.map((id) => `\`${id}\``).join(', ')}` : '',
                    extra.length > 0 ? `the glob does not match ${extra.map((id) => `\`${id}\``).join(', ')}` : '',
                ].filter(Boolean);
                ctx.report({
                    file: c.file,
                    scope: { components: [c], phases: guardedBy(g.list, g.phase) },
                    position: g.glob.position,
                    message: `Glob \`${g.glob.value}\` in ${sectionName(g.list, g.phase)} disagrees with the list after it: ${parts.join('; ')}. The list counts`,
                    hint: 'Make the list match the glob, or write only the glob (or only the list).',
                });
            }
        }
    },
};
