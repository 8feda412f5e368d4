/**
 * disallowed-context: a parameter source references a context docs may not
 * use. Only `vars`, `secrets`, `inputs`, `steps.<id>.outputs` and `env` are
 * allowed; `github.event.*` and friends carry attacker-controlled text.
 */
import { isAllowedExpression } from '../../steps/contexts.js';
import { inWorkflow } from '../rule.js';
import { allSteps } from './steps.js';
export const disallowedContext = {
    id: 'disallowed-context',
    description: 'A parameter source references a context other than vars, secrets, inputs, steps.<id>.outputs or env.',
    run(ctx) {
        for (const { c, phase, step } of allSteps(ctx.components)) {
            for (const p of step.facts.consumes) {
                if (p.source?.kind !== 'expression' || isAllowedExpression(p.source.expression))
                    continue;
                ctx.report({
                    file: c.file,
                    scope: inWorkflow(c, phase),
                    position: p.position,
                    message: `Unexpected context \`${p.source.expression}\` for parameter \`${p.name}\`, expected \`vars.*\`, \`secrets.*\`, \`inputs.*\`, \`steps.<id>.outputs.*\` or \`env.*\``,
                    hint: 'Store the value in a repository variable or secret and write (from vars.NAME) or (from secrets.NAME).',
                });
            }
        }
    },
};
