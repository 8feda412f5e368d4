/**
 * invalid-condition: an `if:` a doc gives a step (`Only if …`) or a job
 * (front matter `deploy.if`), or `sam.install.if`, that does not parse, reads
 * a context docs may not use, or names a step that does not run earlier in
 * the same job.
 */
import { checkCondition } from '../../model/condition.js';
import { PHASES } from '../../model/types.js';
import { inWorkflow, wholeDoc } from '../rule.js';
import { allWorkflows } from './steps.js';
export const invalidCondition = {
    id: 'invalid-condition',
    description: 'A step or job condition does not parse, reads a disallowed context, or names a step that does not run earlier.',
    run(ctx) {
        for (const { c, phase, wf } of allWorkflows(ctx.components)) {
            const earlier = new Set();
            for (const step of wf.steps) {
                const cond = step.options.if;
                if (cond) {
                    const problem = checkCondition(cond.value, { kind: 'step', earlierSteps: earlier });
                    if (problem)
                        ctx.report({ file: c.file, position: cond.position, message: problem.message, hint: problem.hint, scope: inWorkflow(c, phase) });
                }
                // Lookup steps are addressable as lookup-<n> unless the doc gave them an id.
                earlier.add(step.options.id?.value ?? `lookup-${step.index}`);
            }
        }
        for (const c of ctx.components) {
            if (!c.frontMatter)
                continue;
            const config = c.options.config;
            const checks = [
                ...PHASES.map((phase) => [`${phase}.if`, config.workflow[phase].if, { kind: 'job' }, inWorkflow(c, phase)]),
                ['sam.install.if', c.frontMatter.value.sam?.install?.if ?? null, { kind: 'step', earlierSteps: new Set() }, wholeDoc(c)],
            ];
            for (const [key, text, scope, where] of checks) {
                if (!text)
                    continue;
                const problem = checkCondition(text, scope);
                if (problem)
                    ctx.report({ file: c.file, position: c.frontMatter.position, message: `${problem.message} (front matter \`${key}\`)`, hint: problem.hint, scope: where });
            }
        }
    },
};
