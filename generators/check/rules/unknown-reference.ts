/**
 * unknown-reference: an entry names no component (and is not a glob). Stops
 * generation of whatever needs that part of the graph, so it is an error.
 */
import { distance } from 'fastest-levenshtein';
import type { Rule } from '../rule.js';
import { isPlaceholder } from '../../graph/consistency.js';
import { allEntries } from './entries.js';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  description: 'A Dependencies or Required By entry names a component that has no doc.',
  run(ctx) {
    const ids = [...ctx.byId.keys()];
    for (const c of ctx.components) {
      for (const { ref, section } of allEntries(c)) {
        if (ref.glob || ref.ids.length > 0 || isPlaceholder(ref)) continue;
        const what = ref.link ? `link target \`${ref.link}\`` : `\`${ref.ref}\``;
        const suggestion = ref.link ? null : closest(ref.ref, ids);
        ctx.report({
          file: c.file,
          position: ref.position,
          message: `Unknown component ${what} in ${section}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
          hint: suggestion ? `Write \`${suggestion}\`, or add a doc for \`${ref.ref}\`.` : `Add a doc for \`${ref.ref}\`, or remove the entry.`,
        });
      }
    }
  },
};

function closest(name: string, ids: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const id of [...ids].sort()) {
    const d = distance(name, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}
