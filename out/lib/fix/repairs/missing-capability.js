/**
 * A deploy step that lacks a capability its template needs: the capability
 * is added to the step in the step's own phrasing (the `capabilities:` list,
 * the whole command's `--capabilities`, or `CAPABILITY_IAM` widened to
 * `CAPABILITY_NAMED_IAM`). The edit comes from cfn/repairs.ts, which reads
 * the same capability facts as the rule.
 */
import { capabilityRepairs } from '../../cfn/repairs.js';
export const missingCapabilityRepair = {
    rule: 'missing-capability',
    description: "Adds a capability the stack's template needs to its deploy step.",
    plan({ analysis }) {
        return capabilityRepairs(analysis.stacks).map((r) => stepEdit(this.rule, r));
    },
};
/** A template repair as a step edit intent. */
export function stepEdit(rule, r) {
    return { kind: 'edit-step', rule, component: r.component, start: r.start, end: r.end, text: r.text, summary: r.summary };
}
