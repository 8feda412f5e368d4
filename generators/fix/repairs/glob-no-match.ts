/** A glob that matches nothing: replaced by the one family glob it was likely meant as, else removed. */
import { allEntries } from '../../check/rules/entries.js';
import { cmp } from '../../diagnostics/diagnostic.js';
import type { Intent, Repair } from '../repair.js';
import { meanings, repairUnknown } from './unknown-reference.js';

export const globNoMatchRepair: Repair = {
  rule: 'glob-no-match',
  description: 'Replaces a glob that matches nothing with the one family glob it was likely meant as, or removes it.',
  plan({ analysis }) {
    const ids = [...analysis.byId.keys()].sort(cmp);
    const out: Intent[] = [];
    for (const c of analysis.components) {
      for (const { ref, section } of allEntries(c)) {
        if (!ref.glob || ref.ids.length > 0) continue;
        out.push(...repairUnknown(this.rule, c, ref, section, meanings(ref.ref, true, ids.filter((id) => id !== c.id))));
      }
    }
    return out;
  },
};
