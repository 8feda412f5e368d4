/**
 * unknown-reference: an entry names no component (and is not a glob). Stops
 * generation of whatever needs that part of the graph, so it is an error.
 */
import picomatch from 'picomatch';
import type { Rule } from '../rule.js';
import { isPlaceholder } from '../../graph/consistency.js';
import { allEntries, guardedBy } from './entries.js';
import { closest } from './suggest.js';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  description: 'A Dependencies or Required By entry names a component that has no doc.',
  run(ctx) {
    const ids = [...ctx.byId.keys()];
    for (const c of ctx.components) {
      for (const { ref, list, phase, section } of allEntries(c)) {
        if (ref.glob || ref.ids.length > 0 || isPlaceholder(ref)) continue;
        const what = ref.link ? `link target \`${ref.link}\`` : `\`${ref.ref}\``;
        const family = ref.link ? [] : familyOf(ref.ref, ids.filter((id) => id !== c.id));
        const suggestion = ref.link ? null : family.length >= 2 ? `${ref.ref}-*` : closest(ref.ref, ids);
        ctx.report({
          file: c.file,
          scope: { components: [c], phases: guardedBy(list, phase) },
          position: ref.position,
          message: `Unknown component ${what} in ${section}${suggestion ? `; did you mean \`${suggestion}\`${family.length >= 2 ? ` (the glob of ${family.length} components)` : ''}?` : ''}`,
          ...(family.length >= 2 ? { ids: family } : {}),
          hint: suggestion ? `Write \`${suggestion}\`, or add a doc for \`${ref.ref}\`; \`docflow fix\` writes it.` : `Add a doc for \`${ref.ref}\`, or remove the entry; \`docflow fix\` removes it.`,
        });
      }
    }
  },
};


/** The ids `name-*` matches: a bare family name (`func-api`) is usually a glob without its `*`. */
export function familyOf(name: string, ids: readonly string[]): string[] {
  const isMatch = picomatch(`${name.replace(/-$/, '')}-*`, { dot: true });
  return ids.filter((id) => isMatch(id));
}
