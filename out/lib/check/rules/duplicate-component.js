/**
 * duplicate-component: two docs declare the same component id. Reported on
 * every doc after the first (by path), pointing back at the first.
 */
import { wholeDoc } from '../rule.js';
export const duplicateComponent = {
    id: 'duplicate-component',
    description: 'Two docs declare the same component id.',
    run(ctx) {
        for (const c of ctx.components) {
            const first = ctx.byId.get(c.id);
            if (first === c)
                continue;
            ctx.report({
                file: c.file,
                scope: wholeDoc(c),
                position: c.position,
                message: `Duplicate component id \`${c.id}\`, already defined in \`${first.file}\``,
                related: [{ file: first.file, start: first.position.start, message: 'first defined here' }],
                hint: 'Rename one of the components, or merge the docs.',
            });
        }
    },
};
