/**
 * missing-capability: the template creates IAM resources (`CAPABILITY_IAM`),
 * named IAM resources (`CAPABILITY_NAMED_IAM`) or runs macros
 * (`CAPABILITY_AUTO_EXPAND`), and the deploy step does not grant it.
 * `sam deploy` acknowledges SAM's own transform by itself.
 */
import { grantedCapabilities, grants, requiredCapabilities } from '../../cfn/capabilities.js';
import { inWorkflow } from '../rule.js';
export const missingCapability = {
    id: 'missing-capability',
    description: 'The template needs a capability that the deploy step does not grant.',
    run(ctx) {
        for (const { component, facts, template, samConfig } of ctx.stacks.byId.values()) {
            if (!template || !facts.deploy)
                continue;
            const deploy = facts.deploy;
            for (const need of requiredCapabilities(template)) {
                if (grants(grantedCapabilities(deploy, samConfig), need.capability) || (need.samTransformOnly && deploy.acknowledgesSamTransform))
                    continue;
                const granted = deploy.capabilities.length ? `it grants ${deploy.capabilities.map((c) => `\`${c}\``).join(', ')}` : 'it grants none';
                ctx.report({
                    scope: inWorkflow(component, 'deploy'),
                    file: component.file,
                    position: deploy.capabilitiesPosition,
                    message: `Missing capability \`${need.capability}\` in step ${deploy.step.index}: ${template.file} needs it, and ${granted}`,
                    related: [{ file: template.file, start: need.position.start, message: `needed because ${need.reason}` }],
                    hint: `Add \`${need.capability}\` to the capabilities of the deploy step.`,
                });
            }
        }
    },
};
