/**
 * unknown-reference: an entry names no component (and is not a glob). Stops
 * generation of whatever needs that part of the graph, so it is an error.
 */
import type { Rule } from '../rule.js';
import { allEntries, guardedBy } from './entries.js';
import { closest } from './suggest.js';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  description: 'A Dependencies or Required By entry names a component that has no doc.',
  run(ctx) {
    const ids = [...ctx.byId.keys()];
    for (const c of ctx.components) {
      for (const { ref, list, phase, section } of allEntries(c)) {
        if (ref.glob || ref.ids.length > 0) continue;
        const what = ref.link ? `link target \`${ref.link}\`` : `\`${ref.ref}\``;
        const suggestion = ref.link ? null : closest(ref.ref, ids);
        ctx.report({
          file: c.file,
          scope: { components: [c], phases: guardedBy(list, phase) },
          position: ref.position,
          message: `Unknown component ${what} in ${section}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
          hint: suggestion ? `Write \`${suggestion}\`, or add a doc for \`${ref.ref}\`.` : `Add a doc for \`${ref.ref}\`, or remove the entry.`,
        });
      }
    }
  },
};
