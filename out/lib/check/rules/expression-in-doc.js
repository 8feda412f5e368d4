/**
 * expression-in-doc: doc text that reaches a workflow contains `${{`. GitHub
 * would evaluate it (in names, env and run), so a doc could inject
 * expressions. Values must come from `(from …)` sources instead.
 */
import { inWorkflow, wholeDoc } from '../rule.js';
import { allSteps } from './steps.js';
const EXPR = /\$\{\{/;
export const expressionInDoc = {
    id: 'expression-in-doc',
    description: 'Doc text contains a GitHub expression `${{ … }}`.',
    run(ctx) {
        for (const { c, phase, step } of allSteps(ctx.components)) {
            const texts = [step.text, ...step.source.children.map((s) => s.text), ...step.source.code.map((k) => k.value)];
            if (!texts.some((t) => EXPR.test(t)))
                continue;
            ctx.report({
                file: c.file,
                scope: inWorkflow(c, phase),
                position: step.position,
                message: `Unexpected GitHub expression \`\${{ … }}\` in step ${step.index}`,
                hint: 'Doc values reach the shell only through env: use a parameter source such as (from vars.NAME), or read an environment variable ($ENVIRONMENT, $STACK_NAME, $AWS_REGION) in the command.',
            });
        }
        for (const c of ctx.components) {
            for (const row of c.failureScenarios) {
                if (!Object.values(row.cells).some((v) => EXPR.test(v)))
                    continue;
                ctx.report({
                    file: c.file,
                    // Every workflow of the doc copies the table into its failure summary.
                    scope: wholeDoc(c),
                    position: row.position,
                    message: 'Unexpected GitHub expression `${{ … }}` in a Failure Scenarios row',
                    hint: 'The table is copied into the workflow; write the text without `${{`.',
                });
            }
        }
    },
};
