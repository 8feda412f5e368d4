/**
 * missing-stack: a workflow deploys or deletes a SAM stack but the doc has no
 * `CloudFormation Stack` section. Guards, lookups and concurrency key on it.
 */
import { PHASES } from '../../model/types.js';
import { inWorkflow } from '../rule.js';
export const missingStack = {
    id: 'missing-stack',
    description: 'A workflow deploys or deletes a stack, but the doc names no stack.',
    run(ctx) {
        for (const c of ctx.components) {
            if (c.stack || c.defaultStack)
                continue;
            for (const phase of PHASES) {
                const found = c.workflows[phase]?.steps.flatMap((step) => step.facts.stacks.filter((u) => u.action !== 'read').map((use) => ({ step, use })))[0];
                if (!found)
                    continue;
                const { step, use } = found;
                ctx.report({
                    file: c.file,
                    scope: inWorkflow(c, phase),
                    position: step.position,
                    message: `Missing \`CloudFormation Stack\` section, but step ${step.index} runs \`${use.command}\``,
                    hint: `Add \`## CloudFormation Stack\` with \`${use.name?.value ?? `<prefix>-${c.id}`}\` in backticks, or set \`stackPrefix\` in docflow.config.yaml to default it to \`<stackPrefix>-${c.id}\`.`,
                });
            }
        }
    },
};
