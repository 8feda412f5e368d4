/**
 * Writes the missing side of a Dependencies ⇄ Required By pair, with the
 * reason from the other side's entry. When both docs list each other in the
 * same list, the direction is a human's call: it writes a placeholder.
 */
import { covers, missingMirrors } from '../../graph/consistency.js';
import { sectionName } from '../../check/rules/entries.js';
import type { Intent, Repair } from '../repair.js';

export const requiredByAsymmetryRepair: Repair = {
  rule: 'required-by-asymmetry',
  description: 'Adds the missing side of a Dependencies ⇄ Required By pair, taking the reason from the other side.',
  plan({ analysis }) {
    const out: Intent[] = [];
    for (const m of missingMirrors(analysis.components, analysis.byId)) {
      const from = m.list === 'dependencies' ? 'requiredBy' : 'dependencies';
      const where = sectionName(m.list, m.phase);
      const ambiguous = covers(m.owner[from][m.phase], m.id);
      out.push({
        kind: 'add-entry',
        rule: this.rule,
        component: m.owner,
        list: m.list,
        phase: m.phase,
        target: m.id,
        ...(ambiguous
          ? {
              placeholder: true,
              reason: `\`${m.id}\` and \`${m.owner.id}\` each list the other under ${sectionName(from, m.phase)}; decide which depends on which, then fix both docs`,
              summary: `placeholder for \`${m.id}\` under ${where}: the direction is ambiguous`,
            }
          : { reason: m.ref.reason, summary: `added \`${m.id}\` under ${where} (listed by ${m.source.file})` }),
      });
    }
    return out;
  },
};
