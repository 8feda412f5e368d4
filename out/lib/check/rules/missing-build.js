/**
 * missing-build: a `sam deploy` step with no `sam build` step before it in
 * the same workflow. sam would deploy a stale or missing build.
 */
import { inWorkflow } from '../rule.js';
import { allWorkflows } from './steps.js';
export const missingBuild = {
    id: 'missing-build',
    description: 'A sam deploy step has no sam build step before it.',
    run(ctx) {
        for (const { c, phase, wf } of allWorkflows(ctx.components)) {
            let built = false;
            for (const step of wf.steps) {
                if (step.facts.builds)
                    built = true;
                if (!step.facts.needsBuild || built)
                    continue;
                ctx.report({
                    file: c.file,
                    position: step.position,
                    message: `Missing \`sam build\` before the \`sam deploy\` of step ${step.index}`,
                    hint: 'Add a step before it: SAM build. (or `sam build` — template: `path`).',
                    scope: inWorkflow(c, phase),
                });
            }
        }
    },
};
