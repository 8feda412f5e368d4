/**
 * front-matter-options: a doc's front matter sets an unknown option or one of
 * the wrong type. Per-component options override docflow.config.yaml.
 */
import { validateComponentOptions } from '../../config/load.js';
import { FRONT_MATTER_KEYS } from '../../config/types.js';
import { wholeDoc } from '../rule.js';
const HINT = `Front matter may set ${FRONT_MATTER_KEYS.slice(0, -1).join(', ')} and ${FRONT_MATTER_KEYS.at(-1)} (docs/config.md).`;
export const frontMatterOptions = {
    id: 'invalid-front-matter',
    description: 'Front matter sets an unknown option or a value of the wrong type.',
    run(ctx) {
        for (const c of ctx.components) {
            if (!c.frontMatter)
                continue;
            // Content starts on the line after the opening `---`.
            for (const d of validateComponentOptions(c.file, c.frontMatter.document, c.frontMatter.lines, c.frontMatter.position.start.line + 1)) {
                ctx.report({ file: c.file, scope: wholeDoc(c), position: { start: d.start, end: d.start }, message: d.message, hint: HINT });
            }
        }
    },
};
