/**
 * required-by-asymmetry: A lists B under Dependencies, but B does not list A
 * under Required By (or the reverse), for the same phase. Reported on the doc
 * that lacks the entry, pointing at the doc that has it.
 */
import { PHASES } from '../../model/types.js';
import type { Component, Phase } from '../../model/types.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import { sectionKey } from '../../parse/outline.js';
import { inWorkflow, type Rule } from '../rule.js';
import { covers, sectionName } from './entries.js';

export const requiredByAsymmetry: Rule = {
  id: 'required-by-asymmetry',
  description: 'Dependencies and Required By disagree between two docs.',
  run(ctx) {
    for (const a of ctx.components) {
      if (ctx.byId.get(a.id) !== a) continue;
      for (const phase of PHASES) {
        for (const [from, to] of [['dependencies', 'requiredBy'], ['requiredBy', 'dependencies']] as const) {
          for (const ref of a[from][phase]) {
            for (const id of ref.ids) {
              const b = ctx.byId.get(id)!;
              if (b === a || covers(b[to][phase], a.id)) continue;
              ctx.report({
                file: b.file,
                scope: inWorkflow(b, phase),
                position: sectionPosition(b, to, phase),
                message: `Missing \`${a.id}\` under ${sectionName(to, phase)}: \`${a.id}\` lists \`${b.id}\` under ${sectionName(from, phase)}`,
                related: [{ file: a.file, start: ref.position.start, message: `\`${a.id}\` lists \`${b.id}\` here` }],
                hint: `Add \`${a.id}\` to ${sectionName(to, phase)} in ${b.file}, or remove \`${b.id}\` from ${a.file}.`,
              });
            }
          }
        }
      }
    }
  },
};

/** The H2 of the section that should hold the entry, else the doc's H1. */
export function sectionPosition(c: Component, list: 'dependencies' | 'requiredBy', _phase: Phase): Position {
  const key = list === 'dependencies' ? 'dependencies' : 'required by';
  return c.sections.find((s) => sectionKey(s.title) === key)?.position ?? c.position;
}
