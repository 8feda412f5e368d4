/**
 * unknown-step-output: a parameter reads `steps.<id>.outputs.<name>`, but no
 * earlier step of the same workflow has that id and output. GitHub would pass
 * an empty string; actionlint only catches it after generation. A script step
 * with an id sets the outputs it echoes into `$GITHUB_OUTPUT`.
 */
import { lookupId } from '../../emit/workflow/step-view.js';
import { inWorkflow } from '../rule.js';
import { allWorkflows } from './steps.js';
export const unknownStepOutput = {
    id: 'unknown-step-output',
    description: 'A parameter reads a steps.<id>.outputs value that no earlier step produces.',
    run(ctx) {
        for (const { c, phase, wf } of allWorkflows(ctx.components)) {
            const produced = new Map();
            for (const step of wf.steps) {
                for (const p of step.facts.consumes) {
                    const expression = p.source?.kind === 'expression' ? p.source.expression : '';
                    const m = /^steps\.([^.]+)\.outputs\.([^.]+)$/.exec(expression);
                    if (!m || produced.get(m[1])?.has(m[2]))
                        continue;
                    const known = [...produced].flatMap(([id, outs]) => [...outs].map((o) => `\`steps.${id}.outputs.${o}\``));
                    ctx.report({
                        file: c.file,
                        scope: inWorkflow(c, phase),
                        position: p.position,
                        message: `Unknown step output \`${expression}\` for parameter \`${p.name}\`: no earlier step has id \`${m[1]}\` with output \`${m[2]}\``,
                        hint: known.length > 0 ? `Earlier steps produce ${known.slice(0, 5).join(', ')}.` : 'Add a step before it that looks the value up (`Look up `Name` from the `stack` stack outputs`), or read it from vars or secrets.',
                    });
                }
                for (const [id, outs] of stepOutputs(step))
                    produced.set(id, new Set([...(produced.get(id) ?? []), ...outs]));
            }
        }
    },
};
/** The step ids a doc step emits and the outputs each sets: a step that produces values is `lookup-<n>`; a stack-output parameter adds `lookup-<n>-<k>`. */
function stepOutputs(step) {
    const out = [];
    // A script with an id sets the outputs it echoes into $GITHUB_OUTPUT (`echo "name=…" >> "$GITHUB_OUTPUT"`).
    const script = step.facts.shellText;
    if (step.options.id && script?.includes('GITHUB_OUTPUT'))
        out.push([step.options.id.value, [...script.matchAll(/\becho\s+["']?([A-Za-z_][\w-]*)=/g)].map((m) => m[1])]);
    if (step.facts.produces.length > 0)
        out.push([lookupId(step.index), step.facts.produces.map((p) => p.value)]);
    step.facts.consumes.forEach((p, k) => {
        if (p.source?.kind === 'stack-output')
            out.push([lookupId(step.index, k + 1), [p.source.output]]);
    });
    return out;
}
