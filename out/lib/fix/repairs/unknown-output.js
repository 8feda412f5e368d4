/**
 * A lookup of an output the looked-up stack's template does not declare,
 * with exactly one close declared output: the lookup names that one. With
 * none or several, or when a later parameter is wired to the old name, a
 * human decides.
 */
import { outputRepairs } from '../../cfn/repairs.js';
import { stepEdit } from './missing-capability.js';
export const unknownOutputRepair = {
    rule: 'unknown-output',
    description: "Renames a looked-up output to the one close output the stack's template declares.",
    plan({ analysis }) {
        return outputRepairs(analysis.stacks).map((r) => stepEdit(this.rule, r));
    },
};
