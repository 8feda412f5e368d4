import { stackOf } from './types.js';
/** The region after `steps`: the last credentials step's own, else the component's `aws.region`. */
function regionAfter(c, steps) {
    const creds = steps.filter((s) => s.facts.credentials !== null).at(-1);
    const fixed = creds?.facts.credentials?.region;
    if (creds && fixed)
        return { source: { value: fixed.value }, position: fixed.position, said: `step ${creds.index} of ${c.file}` };
    return { source: c.options.config.aws.region, position: c.options.setAt.aws ?? null, said: `the \`aws.region\` setting of ${c.file}` };
}
/** Where the component's stack lives, from its deploy workflow (else its delete workflow). */
export function stackRegion(c) {
    const wf = c.workflows.deploy ?? c.workflows.delete;
    if (!wf)
        return regionAfter(c, []);
    const action = c.workflows.deploy ? 'deploy' : 'delete';
    const own = (u) => u.action === action && (u.name === null || u.name.value === stackOf(c));
    const at = wf.steps.findIndex((s) => s.facts.stacks.some(own));
    const named = at >= 0 ? wf.steps[at].facts.stacks.find(own)?.region : undefined;
    if (named)
        return { source: { value: named.value }, position: named.position, said: `step ${wf.steps[at].index} of ${c.file}` };
    // A stack deployed by a script names no deploy fact: the job's region after the first credentials step.
    return regionAfter(c, at >= 0 ? wf.steps.slice(0, at) : wf.steps.filter((s) => s.facts.credentials !== null).slice(0, 1));
}
/** The region the phase workflow's calls run in after step `after` (0: before any step). */
export function jobRegion(c, phase, after) {
    return regionAfter(c, (c.workflows[phase]?.steps ?? []).filter((s) => s.index <= after));
}
const REGION_CODE = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * A region another doc says that may go into this doc's workflow: a region code, a secret or a variable.
 * Anything else is that doc's own error (`invalid-front-matter`, `invalid-value`), never copied here.
 */
export function usableRegion(source) {
    if ('value' in source)
        return REGION_CODE.test(source.value);
    if ('secret' in source)
        return NAME.test(source.secret);
    if ('var' in source)
        return NAME.test(source.var);
    return false;
}
/** Two region sources that are the same text in every run. */
export function sameRegion(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
