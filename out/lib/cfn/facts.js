/**
 * The one place that asks the steps what touches a stack: which template a
 * component builds, how it deploys it (parameters, capabilities) and which
 * outputs of other stacks it reads. It reads only each step's kind-declared
 * facts (docs/step-kinds.md); the template rules read steps only through it.
 */
import { buildTemplate } from '../steps/template-path.js';
import { PHASES } from '../model/types.js';
import { stackUseWhere } from '../check/rules/steps.js';
/** `templates/{id}.yaml` with the component id filled in. */
export function templatePathFor(pattern, id) {
    return pattern.replaceAll('{id}', id);
}
/** Reads the stack facts of `c`; `pattern` names the template of a deploy step without a build path. */
export function stackFacts(c, pattern) {
    const steps = c.workflows.deploy?.steps ?? [];
    const deployUse = (s) => s.facts.stacks.find((u) => u.action === 'deploy');
    const deployStep = steps.find((s) => deployUse(s) !== undefined);
    let deploy = null;
    if (deployStep) {
        const capabilities = deployStep.facts.capabilities;
        deploy = {
            step: deployStep,
            parameters: deployStep.facts.consumes,
            capabilities: capabilities.map((cap) => cap.value),
            capabilitiesPosition: capabilities[0]?.position ?? deployStep.position,
            // `sam deploy` acknowledges SAM's own transform by itself.
            acknowledgesSamTransform: deployUse(deployStep).command === 'sam deploy',
            samConfig: deployStep.facts.samConfig,
        };
    }
    let template = null;
    const written = steps.flatMap((s) => s.facts.templates)[0];
    const build = steps.find((s) => s.facts.builds);
    // What the build step builds, as `sam build` resolves it (its working directory counts).
    if (build) {
        const named = build.facts.templates[0];
        template = { path: buildTemplate(build, c.id, pattern).file, position: named?.position ?? build.position, explicit: named !== undefined || build.options.workingDirectory !== null };
    }
    else if (written)
        template = { path: written.value.replace(/\\/g, '/').replace(/^\.\//, ''), position: written.position, explicit: true };
    else if (deployStep)
        template = { path: templatePathFor(pattern, c.id), position: deployStep.position, explicit: false };
    const reads = [];
    for (const phase of PHASES) {
        for (const step of c.workflows[phase]?.steps ?? []) {
            for (const use of step.facts.stacks) {
                if (use.action !== 'read' || !use.name)
                    continue;
                const where = stackUseWhere(step, use);
                if (use.forParameter === undefined) {
                    for (const output of step.facts.produces)
                        reads.push({ stack: use.name.value, output: output.value, phase, step, position: output.position, where });
                    continue;
                }
                const p = step.facts.consumes.find((x) => x.name === use.forParameter);
                if (p?.source?.kind === 'stack-output')
                    reads.push({ stack: use.name.value, output: p.source.output, phase, step, position: p.position, where });
            }
        }
    }
    return { template, deploy, reads };
}
