/**
 * unknown-stack: a lookup or a stack-output parameter source names a stack
 * that no component doc declares. Usually a typo; if the stack really lives
 * outside these docs, nothing orders or guards it, so it is worth a warning.
 */
import { stackOf } from '../../model/types.js';
import { inWorkflow } from '../rule.js';
import { allSteps, stackUseWhere } from './steps.js';
export const unknownStack = {
    id: 'unknown-stack',
    description: "A lookup names a stack that is not any component's stack.",
    run(ctx) {
        const stacks = new Set(ctx.components.map(stackOf).filter((s) => s !== null));
        const check = (file, stack, position, where, scope) => {
            if (stacks.has(stack))
                return;
            ctx.report({
                file,
                scope,
                position,
                message: `Unknown stack \`${stack}\` in ${where}: no component doc declares it`,
                hint: 'Fix the stack name, or add a doc for the component that owns it so the deploy order and guards cover it.',
            });
        };
        for (const { c, phase, step } of allSteps(ctx.components)) {
            for (const use of step.facts.stacks)
                if (use.action === 'read' && use.name)
                    check(c.file, use.name.value, use.name.position, stackUseWhere(step, use), inWorkflow(c, phase));
        }
    },
};
