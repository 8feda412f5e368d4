/**
 * required-by-asymmetry: A lists B under Dependencies, but B does not list A
 * under Required By (or the reverse), for the same phase. Reported on the doc
 * that lacks the entry, pointing at the doc that has it.
 */
import type { Component, Phase } from '../../model/types.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import { sectionKey } from '../../parse/outline.js';
import type { Rule } from '../rule.js';
import { missingMirrors } from '../../graph/consistency.js';
import { sectionName } from './entries.js';

export const requiredByAsymmetry: Rule = {
  id: 'required-by-asymmetry',
  severity: 'error',
  description: 'Dependencies and Required By disagree between two docs.',
  run(ctx) {
    for (const m of missingMirrors(ctx.components, ctx.byId)) {
      const from = m.list === 'dependencies' ? 'requiredBy' : 'dependencies';
      const { owner: b, source: a } = m;
      ctx.report({
        file: b.file,
        position: sectionPosition(b, m.list, m.phase),
        message: `Missing \`${a.id}\` under ${sectionName(m.list, m.phase)}: \`${a.id}\` lists \`${b.id}\` under ${sectionName(from, m.phase)}`,
        related: [{ file: a.file, start: m.ref.position.start, message: `\`${a.id}\` lists \`${b.id}\` here` }],
        hint: `Add \`${a.id}\` to ${sectionName(m.list, m.phase)} in ${b.file}, or remove \`${b.id}\` from ${a.file}; \`docflow fix\` adds it.`,
      });
    }
  },
};

/** The H2 of the section that should hold the entry, else the doc's H1. */
export function sectionPosition(c: Component, list: 'dependencies' | 'requiredBy', _phase: Phase): Position {
  const key = list === 'dependencies' ? 'dependencies' : 'required by';
  return c.sections.find((s) => sectionKey(s.title) === key)?.position ?? c.position;
}
