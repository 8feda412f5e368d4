/**
 * stack-mismatch: a `sam deploy`/`sam delete` step names a different stack
 * than the `CloudFormation Stack` section. One of the two is stale.
 */
import { PHASES, stackOf } from '../../model/types.js';
import { inWorkflow } from '../rule.js';
export const stackMismatch = {
    id: 'stack-mismatch',
    description: 'A step names a different stack than the CloudFormation Stack section.',
    run(ctx) {
        for (const c of ctx.components) {
            const stack = stackOf(c);
            if (!stack)
                continue;
            for (const phase of PHASES) {
                for (const step of c.workflows[phase]?.steps ?? []) {
                    for (const use of step.facts.stacks) {
                        const named = use.action === 'read' ? null : use.name;
                        if (!named?.value || named.value === stack)
                            continue;
                        ctx.report({
                            file: c.file,
                            scope: inWorkflow(c, phase),
                            position: named.position,
                            message: `Unexpected stack \`${named.value}\` in step ${step.index}, expected \`${stack}\` (${c.stack ? 'the CloudFormation Stack section' : 'the default `<stackPrefix>-<id>`'})`,
                            related: [{ file: c.file, start: (c.stack?.position ?? c.position).start, message: c.stack ? 'stack declared here' : 'default stack for this component' }],
                            hint: 'Make the step and the CloudFormation Stack section name the same stack.',
                        });
                    }
                }
            }
        }
    },
};
