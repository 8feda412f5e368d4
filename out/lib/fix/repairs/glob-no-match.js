/** A glob that matches nothing: replaced by the one family glob it was likely meant as, else removed. */
import { unknownEntries } from '../../graph/consistency.js';
import { repairUnknown } from './unknown-reference.js';
export const globNoMatchRepair = {
    rule: 'glob-no-match',
    description: 'Replaces a glob that matches nothing with the one family glob it was likely meant as, or removes it.',
    plan({ analysis }) {
        return unknownEntries(analysis.components, analysis.byId)
            .filter((u) => u.ref.glob)
            .flatMap((u) => repairUnknown(this.rule, u));
    },
};
