/**
 * stack-region-mismatch: a step reads another component's stack in a region
 * (``Look up `CertificateArn` from the `x` stack output in `us-east-1` ``)
 * other than the one that component's doc deploys it in (the region its
 * deploy step names, else the one its credentials step fixes, else its
 * `aws.region`). The read would find no stack, and the guard, which reads the
 * stack where its own doc says it lives, would disagree with the step.
 */
import { stackRegion } from '../../model/regions.js';
import { stackOf } from '../../model/types.js';
import { inWorkflow } from '../rule.js';
import { allSteps, stackUseWhere } from './steps.js';
export const stackRegionMismatch = {
    id: 'stack-region-mismatch',
    description: 'A step reads a stack in another region than the one its doc deploys it in.',
    run(ctx) {
        const byStack = new Map(ctx.components.flatMap((c) => (stackOf(c) ? [[stackOf(c), c]] : [])));
        for (const { c, phase, step } of allSteps(ctx.components)) {
            for (const use of step.facts.stacks) {
                const owner = use.region ? byStack.get(use.name?.value ?? stackOf(c) ?? '') : undefined;
                if (!owner || !use.region)
                    continue;
                const lives = stackRegion(owner);
                // A region from a secret or a variable is only known at run time: nothing to compare.
                if (!('value' in lives.source) || lives.source.value === use.region.value)
                    continue;
                ctx.report({
                    file: c.file,
                    scope: inWorkflow(c, phase),
                    position: use.region.position,
                    message: `${capitalised(stackUseWhere(step, use))} reads \`${stackOf(owner)}\` in \`${use.region.value}\`, but ${lives.said} deploys it in \`${lives.source.value}\``,
                    hint: `Name the region \`${lives.source.value}\` here, or fix the region in ${owner.file}: a stack lives in one region.`,
                });
            }
        }
    },
};
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
