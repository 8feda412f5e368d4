/**
 * parameter-without-source: a `sam deploy` parameter with no `(from …)` and
 * no earlier lookup producing it. Its value would be silently empty.
 */
import { PHASES } from '../../model/types.js';
import { inWorkflow } from '../rule.js';
export const parameterWithoutSource = {
    id: 'parameter-without-source',
    description: 'A sam deploy parameter has no source.',
    run(ctx) {
        for (const c of ctx.components) {
            for (const phase of PHASES) {
                for (const step of c.workflows[phase]?.steps ?? []) {
                    for (const p of step.facts.consumes) {
                        // An unreadable `(from …)` was already reported where the step was parsed.
                        if (p.source || p.unreadSource !== undefined)
                            continue;
                        ctx.report({
                            file: c.file,
                            scope: inWorkflow(c, phase),
                            position: p.position,
                            message: `Parameter \`${p.name}\` has no source, and no earlier step looks up \`${p.name}\``,
                            hint: `Write \`${p.name}\` (from vars.NAME) or (from secrets), or add a step before it: Look up \`${p.name}\` from the \`stack\` stack output.`,
                        });
                    }
                }
            }
        }
    },
};
