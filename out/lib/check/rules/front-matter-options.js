/**
 * front-matter-options: a doc's front matter sets an unknown option or one of
 * the wrong type. Per-component options override docflow.config.yaml.
 */
import { validateComponentOptions } from '../../config/load.js';
import { isNode } from 'yaml';
import { FRONT_MATTER_KEYS } from '../../config/types.js';
import { inWorkflow, wholeDoc } from '../rule.js';
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
            // A workflow's default environment must be one of the component's environments.
            const environments = c.options.config.environments;
            for (const phase of ['deploy', 'delete']) {
                const chosen = c.options.config.workflow[phase].defaultEnvironment;
                if (chosen === null || environments.includes(chosen))
                    continue;
                const node = c.frontMatter.document.getIn([phase, 'defaultEnvironment'], true);
                const p = c.frontMatter.lines.linePos(isNode(node) && node.range ? node.range[0] : 0);
                const start = { line: p.line + c.frontMatter.position.start.line, column: p.col };
                ctx.report({
                    file: c.file,
                    scope: inWorkflow(c, phase),
                    position: { start, end: start },
                    message: `\`${phase}.defaultEnvironment\` is \`${chosen}\`, which is not one of the environments (${environments.map((e) => `\`${e}\``).join(', ')})`,
                    hint: 'Name one of the environments, or add it to `environments` (docs/config.md#per-component-overrides-front-matter).',
                });
            }
        }
    },
};
