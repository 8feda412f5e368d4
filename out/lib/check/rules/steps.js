import { PHASES } from '../../model/types.js';
/** Each workflow with its component and phase, in doc order. */
export function* allWorkflows(components) {
    for (const c of components)
        for (const phase of PHASES) {
            const wf = c.workflows[phase];
            if (wf)
                yield { c, phase, wf };
        }
}
/** Each step with its component and phase, in doc order. */
export function* allSteps(components) {
    for (const { c, phase, wf } of allWorkflows(components))
        for (const step of wf.steps)
            yield { c, phase, step };
}
/** Where a step names a stack, for messages: `step 3`, or the source of the parameter it feeds. */
export function stackUseWhere(step, use) {
    return use.forParameter === undefined ? `step ${step.index}` : `the source of \`${use.forParameter}\``;
}
