/**
 * unsafe-template-path: a `sam build` template path is absolute or climbs out
 * of the repository with `..`. Generated workflows only build what the repo
 * holds.
 */
import path from 'node:path';
import { inWorkflow } from '../rule.js';
import { allSteps } from './steps.js';
export const unsafeTemplatePath = {
    id: 'unsafe-template-path',
    description: 'A sam build template path is absolute or leaves the repository.',
    run(ctx) {
        for (const { c, phase, step } of allSteps(ctx.components)) {
            for (const { value: template } of step.facts.templates) {
                const normalized = path.posix.normalize(template.replace(/\\/g, '/'));
                if (!path.posix.isAbsolute(normalized) && !/^[A-Za-z]:/.test(template) && normalized !== '..' && !normalized.startsWith('../'))
                    continue;
                ctx.report({
                    file: c.file,
                    scope: inWorkflow(c, phase),
                    position: step.position,
                    message: `Unexpected template path \`${template}\` in step ${step.index}, expected a path inside the repository`,
                    hint: 'Write the template path relative to the repository root, e.g. `templates/x.yaml`.',
                });
            }
        }
    },
};
