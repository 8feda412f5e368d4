import { inWorkflow, wholeDoc } from '../rule.js';
import { allSteps, stackUseWhere } from './steps.js';
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
export const invalidStackName = {
    id: 'invalid-stack-name',
    description: "A stack name does not satisfy CloudFormation's naming rule.",
    run(ctx) {
        const check = (file, name, position, where, scope) => {
            if (STACK_NAME.test(name))
                return;
            ctx.report({
                file,
                scope,
                position,
                message: `Invalid stack name \`${name}\` in ${where}, expected a letter followed by letters, digits or hyphens (at most 128)`,
                hint: 'CloudFormation stack names match [A-Za-z][-A-Za-z0-9]*.',
            });
        };
        // The section's name is copied into every workflow of the doc, and into the guards that check it.
        for (const c of ctx.components)
            if (c.stack)
                check(c.file, c.stack.value, c.stack.position, '`CloudFormation Stack`', { ...wholeDoc(c), stack: true });
        for (const { c, phase, step } of allSteps(ctx.components)) {
            for (const use of step.facts.stacks)
                if (use.name)
                    check(c.file, use.name.value, use.name.position, stackUseWhere(step, use), inWorkflow(c, phase));
        }
    },
};
