/**
 * fix-placeholder: an entry `` `TODO:<id>` `` that `docflow fix` wrote where
 * a human must decide (a dependency whose direction is ambiguous). It names
 * no component, so the graph lacks the edge until someone resolves it.
 */
import { isPlaceholder } from '../../graph/consistency.js';
import { allEntries, guardedBy } from './entries.js';
export const fixPlaceholder = {
    id: 'fix-placeholder',
    description: 'An entry `docflow fix` left for a human to decide.',
    run(ctx) {
        for (const c of ctx.components) {
            for (const { ref, list, phase, section } of allEntries(c)) {
                if (!isPlaceholder(ref))
                    continue;
                ctx.report({
                    file: c.file,
                    scope: { components: [c], phases: guardedBy(list, phase) },
                    position: ref.position,
                    message: `Unresolved placeholder \`${ref.raw}\` in ${section}, left by \`docflow fix\`${ref.reason ? `: ${ref.reason}` : ''}`,
                    hint: 'Decide, then replace the placeholder with the component id (or remove the line), and make the other doc agree.',
                });
            }
        }
    },
};
