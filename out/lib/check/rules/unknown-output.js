/**
 * unknown-output: a lookup, or a parameter read from a stack output, names an
 * output that the looked-up stack's template does not declare. It would fail
 * at run time, after earlier stacks had already deployed.
 */
import { inWorkflow } from '../rule.js';
import { closeNames, didYouMean } from './suggest.js';
export const unknownOutput = {
    id: 'unknown-output',
    description: "A lookup names an output that the stack's template does not declare.",
    run(ctx) {
        for (const reader of ctx.stacks.byId.values()) {
            for (const read of reader.facts.reads) {
                const target = ctx.stacks.byStack.get(read.stack);
                const template = target?.template;
                if (!template || template.outputs.some((o) => o.name === read.output))
                    continue;
                const declared = template.outputs.map((o) => o.name);
                const matches = closeNames(read.output, declared);
                ctx.report({
                    scope: inWorkflow(reader.component, read.phase),
                    file: reader.component.file,
                    position: read.position,
                    message: `Unknown output \`${read.output}\` of stack \`${read.stack}\` in ${read.where}: ${template.file} does not declare it${didYouMean(matches)}`,
                    related: [{ file: template.file, start: template.outputsPosition.start, message: declared.length ? `its outputs: ${declared.map((n) => `\`${n}\``).join(', ')}` : 'it declares no outputs' }],
                    hint: matches.length === 1 ? `Write \`${matches[0]}\`, or add an output \`${read.output}\` to ${template.file}.` : `Name one of the outputs ${template.file} declares, or add \`${read.output}\` to its Outputs.`,
                });
            }
        }
    },
};
