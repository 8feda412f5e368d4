/**
 * glob-no-match: a glob entry (`func-api-*`) matches no component. Usually a
 * typo or a renamed family of components.
 */
import type { Rule } from '../rule.js';
import { allEntries, guardedBy } from './entries.js';

export const globNoMatch: Rule = {
  id: 'glob-no-match',
  description: 'A glob entry matches no component.',
  run(ctx) {
    for (const c of ctx.components) {
      for (const { ref, list, phase, section } of allEntries(c)) {
        if (!ref.glob || ref.ids.length > 0) continue;
        ctx.report({
          file: c.file,
          scope: { components: [c], phases: guardedBy(list, phase) },
          position: ref.position,
          message: `Glob \`${ref.raw}\` in ${section} matches no component`,
          hint: 'Fix the pattern, or list the components by id.',
        });
      }
    }
  },
};
