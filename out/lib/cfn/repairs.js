/**
 * The text edits that repair two template findings, as data for `docflow
 * fix`: add a missing capability to the deploy step, and correct a lookup
 * whose output name has exactly one close declared output. Each edit is in
 * the doc's 1-based line/column coordinates. A finding with no edit that is
 * safe (a capability inside a whole-command step that already lists some, a
 * lookup output a later parameter is wired to by name) gets none.
 */
import { cmp } from '../diagnostics/diagnostic.js';
import { closeNames } from '../check/rules/suggest.js';
import { grantedCapabilities, grants, requiredCapabilities } from './capabilities.js';
/** Every repair the stack index allows, in component order. */
export function templateRepairs(stacks) {
    return [...capabilityRepairs(stacks), ...outputRepairs(stacks)].sort((a, b) => cmp(a.file, b.file));
}
/** The capabilities each deploy step lacks for its template, added to the step. */
export function capabilityRepairs(stacks) {
    const out = [];
    for (const { component, facts, template, samConfig } of stacks.byId.values()) {
        const deploy = facts.deploy;
        if (!template || !deploy)
            continue;
        for (const need of requiredCapabilities(template)) {
            if (grants(grantedCapabilities(deploy, samConfig), need.capability) || (need.samTransformOnly && deploy.acknowledgesSamTransform))
                continue;
            const edit = capabilityEdit(deploy.step.source, deploy.capabilities, need.capability);
            if (edit)
                out.push({ rule: 'missing-capability', component, file: component.file, ...edit, summary: `add \`${need.capability}\` to step ${deploy.step.index}` });
        }
    }
    return out;
}
/** Lookup outputs the looked-up template does not declare, with exactly one close declared output: renamed to it. */
export function outputRepairs(stacks) {
    const out = [];
    for (const { component, facts } of stacks.byId.values()) {
        for (const read of facts.reads) {
            const target = stacks.byStack.get(read.stack)?.template;
            if (!target || read.where.startsWith('the source') || target.outputs.some((o) => o.name === read.output))
                continue;
            const matches = closeNames(read.output, target.outputs.map((o) => o.name));
            const wired = facts.deploy?.parameters.some((p) => p.source?.kind === 'lookup' && p.source.output === read.output);
            if (matches.length !== 1 || wired)
                continue;
            out.push({ rule: 'unknown-output', component, file: component.file, start: read.position.start, end: read.position.end, text: `\`${matches[0]}\``, summary: `look up \`${matches[0]}\` instead of \`${read.output}\`` });
        }
    }
    return out;
}
/** Where and what to write so the deploy step grants `capability`. */
function capabilityEdit(step, granted, capability) {
    const spans = step.spans;
    const capSpans = spans.filter((s) => s.kind === 'code' && granted.includes(s.value));
    const last = spans[spans.length - 1];
    if (!last)
        return null;
    // CAPABILITY_NAMED_IAM covers CAPABILITY_IAM: replace it rather than list both.
    const iam = capSpans.find((s) => s.value === 'CAPABILITY_IAM');
    if (capability === 'CAPABILITY_NAMED_IAM' && iam)
        return { ...iam.position, text: '`CAPABILITY_NAMED_IAM`' };
    if (capSpans.length > 0) {
        const end = capSpans[capSpans.length - 1].position.end;
        return { start: end, end, text: `, \`${capability}\`` };
    }
    if (granted.length > 0)
        return null;
    const whole = spans.length === 1 && last.kind === 'code' && /^sam deploy\s/i.test(last.value);
    if (whole) {
        const at = { line: last.position.end.line, column: last.position.end.column - 1 };
        return { start: at, end: at, text: ` --capabilities ${capability}` };
    }
    // Before a closing `.` or `:` of the step's first paragraph, else at its end.
    const trailing = last.kind === 'text' ? /[.:]\s*$/.exec(last.value) : null;
    const end = last.position.end;
    if (trailing) {
        const start = { line: end.line, column: end.column - trailing[0].length };
        return { start, end, text: `; capabilities: \`${capability}\`${trailing[0].startsWith('.') ? '.' : ''}` };
    }
    return { start: end, end, text: `; capabilities: \`${capability}\`` };
}
