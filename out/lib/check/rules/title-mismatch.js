/**
 * title-mismatch: the H1 (the component id) differs from the file name.
 * Links, workflow names and diagrams all key on the id, so they must agree.
 */
import { wholeDoc } from '../rule.js';
export const titleMismatch = {
    id: 'title-mismatch',
    description: 'The H1 differs from the file name.',
    run(ctx) {
        for (const c of ctx.components) {
            if (!c.title)
                continue;
            const expected = (c.file.split('/').pop() ?? '').replace(/\.md$/i, '');
            if (c.title.value === expected)
                continue;
            ctx.report({
                file: c.file,
                scope: wholeDoc(c),
                position: c.title.position,
                message: `Unexpected H1 \`${c.title.value}\`, expected \`${expected}\` (the file name)`,
                hint: `Rename the H1 to \`# ${expected}\`, or rename the file to \`${c.title.value}.md\`.`,
            });
        }
    },
};
