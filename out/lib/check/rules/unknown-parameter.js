/**
 * unknown-parameter: the deploy step passes a parameter that the template
 * does not declare. `sam deploy` fails on it before it changes anything.
 */
import { inWorkflow } from '../rule.js';
import { closeNames, didYouMean } from './suggest.js';
export const unknownParameter = {
    id: 'unknown-parameter',
    description: 'The deploy step passes a parameter that the template does not declare.',
    run(ctx) {
        for (const { component, facts, template } of ctx.stacks.byId.values()) {
            if (!template || !facts.deploy)
                continue;
            const declared = template.parameters.map((p) => p.name);
            for (const p of facts.deploy.parameters) {
                if (declared.includes(p.name))
                    continue;
                const matches = closeNames(p.name, declared);
                ctx.report({
                    scope: inWorkflow(component, 'deploy'),
                    file: component.file,
                    position: p.position,
                    message: `Unknown parameter \`${p.name}\` in step ${facts.deploy.step.index}: ${template.file} does not declare it${didYouMean(matches)}`,
                    related: [{ file: template.file, start: template.parametersPosition.start, message: declared.length ? `its parameters: ${declared.map((n) => `\`${n}\``).join(', ')}` : 'it declares no parameters' }],
                    hint: matches.length === 1 ? `Write \`${matches[0]}\`, or declare \`${p.name}\` under Parameters in ${template.file}.` : `Remove \`${p.name}\`, or declare it under Parameters in ${template.file}.`,
                });
            }
        }
    },
};
