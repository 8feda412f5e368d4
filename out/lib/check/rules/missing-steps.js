/**
 * missing-steps: a Deploy or Delete Workflow section with no step list.
 * Nothing could be generated for it, so it is an error, unless the front
 * matter makes the workflow one call of a reusable workflow (`calls`).
 */
import { inWorkflow } from '../rule.js';
import { allWorkflows } from './steps.js';
export const missingSteps = {
    id: 'missing-steps',
    description: 'A workflow section has no steps.',
    run(ctx) {
        for (const { c, phase, wf } of allWorkflows(ctx.components)) {
            if (wf.steps.length > 0 || c.options.config.workflow[phase].calls)
                continue;
            ctx.report({
                file: c.file,
                scope: inWorkflow(c, phase),
                position: wf.position,
                message: `Missing steps in \`${phase === 'deploy' ? 'Deploy' : 'Delete'} Workflow\`, expected a \`### Steps\` list`,
                hint: 'Add `### Steps` with a numbered list, or remove the workflow section.',
            });
        }
    },
};
