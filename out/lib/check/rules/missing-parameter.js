/**
 * missing-parameter: the template declares a parameter without a `Default`
 * and the deploy step does not pass it (nor the samconfig.toml it reads).
 * CloudFormation rejects the deploy.
 */
import { inWorkflow } from '../rule.js';
export const missingParameter = {
    id: 'missing-parameter',
    description: 'A template parameter without a Default is not passed by the deploy step.',
    run(ctx) {
        for (const { component, facts, template, samConfig } of ctx.stacks.byId.values()) {
            if (!template || !facts.deploy)
                continue;
            // samconfig.toml's parameter_overrides are passed too.
            const passed = new Set([...facts.deploy.parameters.map((p) => p.name), ...(samConfig?.parameters.keys() ?? [])]);
            for (const p of template.parameters) {
                if (p.hasDefault || passed.has(p.name))
                    continue;
                ctx.report({
                    scope: inWorkflow(component, 'deploy'),
                    file: component.file,
                    position: facts.deploy.step.position,
                    message: `Missing parameter \`${p.name}\` in step ${facts.deploy.step.index}: ${template.file} declares it without a \`Default\``,
                    related: [{ file: template.file, start: p.position.start, message: `\`${p.name}\` is declared here` }],
                    hint: `Pass \`${p.name}\` with a source, e.g. \`${p.name}\` (from vars.NAME), or give it a \`Default\` in ${template.file}.`,
                });
            }
        }
    },
};
