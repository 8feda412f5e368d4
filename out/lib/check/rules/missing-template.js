/**
 * missing-template: the template a `sam build` step builds (named, from the
 * `paths.stackTemplates` pattern, or `template.yaml` in its working directory) is not
 * in the repository. The workflow would fail on its first run.
 */
import { buildTemplate } from '../../steps/template-path.js';
import { inWorkflow } from '../rule.js';
import { allSteps } from './steps.js';
export const missingTemplate = {
    id: 'missing-template',
    description: 'The template a sam build step builds is not in the repository.',
    run(ctx) {
        const exists = ctx.options.fileExists;
        if (!exists)
            return;
        for (const { c, phase, step } of allSteps(ctx.components)) {
            if (!step.facts.builds)
                continue;
            const pattern = c.options.config.paths.stackTemplates;
            const { file } = buildTemplate(step, c.id, pattern);
            if (/^(?:\/|[A-Za-z]:)|(?:^|\/)\.\.(?:\/|$)/.test(file) || exists(file))
                continue;
            ctx.report({
                file: c.file,
                position: step.position,
                message: `Missing template \`${file}\`: step ${step.index} builds it, but the repository has no such file`,
                hint: step.facts.templates.length > 0 ? 'Fix the template path, or add the template.' : `Name the template (\`sam build\` — template: \`path\`), set \`paths.stackTemplates\` in docflow.config.yaml (now \`${pattern}\`), or add the file.`,
                scope: inWorkflow(c, phase),
            });
        }
    },
};
