/**
 * unknown-reference: an entry names no component (and is not a glob). Stops
 * generation of whatever needs that part of the graph, so it is an error.
 */
import { distance } from 'fastest-levenshtein';
import picomatch from 'picomatch';
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
        const family = ref.link ? [] : familyOf(ref.ref, ids.filter((id) => id !== c.id));
        const suggestion = ref.link ? null : family.length >= 2 ? `${ref.ref}-*` : closest(ref.ref, ids);
        ctx.report({
          file: c.file,
          position: ref.position,
          message: `Unknown component ${what} in ${section}${suggestion ? `; did you mean \`${suggestion}\`${family.length >= 2 ? ` (the glob of ${family.length} components)` : ''}?` : ''}`,
          ...(family.length >= 2 ? { ids: family } : {}),
          hint: suggestion ? `Write \`${suggestion}\`, or add a doc for \`${ref.ref}\`; \`docflow fix\` writes it.` : `Add a doc for \`${ref.ref}\`, or remove the entry; \`docflow fix\` removes it.`,
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

/** The ids `name-*` matches: a bare family name (`func-api`) is usually a glob without its `*`. */
export function familyOf(name: string, ids: readonly string[]): string[] {
  const isMatch = picomatch(`${name.replace(/-$/, '')}-*`, { dot: true });
  return ids.filter((id) => isMatch(id));
}
