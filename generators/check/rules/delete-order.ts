/**
 * delete-order: if A deploys after B, B can only be deleted after A, so B's
 * Delete dependencies must cover A (a glob counts). Applies when B has a
 * delete workflow and A is not stackless: a component that is never
 * deleted constrains nothing.
 */
import type { Rule } from '../rule.js';
import { missingDeleteOrder } from '../../graph/consistency.js';
import { sectionPosition } from './required-by-asymmetry.js';

export const deleteOrder: Rule = {
  id: 'delete-order',
  severity: 'error',
  description: "A deploy dependency's Delete dependencies do not cover its dependent.",
  run(ctx) {
    for (const { owner: b, source: a, ref } of missingDeleteOrder(ctx.components, ctx.byId)) {
      ctx.report({
        file: b.file,
        position: sectionPosition(b, 'dependencies', 'delete'),
        message: `Missing \`${a.id}\` under Dependencies › Delete: \`${a.id}\` deploys on \`${b.id}\`, so it must be deleted first`,
        related: [{ file: a.file, start: ref.position.start, message: `\`${a.id}\` depends on \`${b.id}\` here` }],
        hint: `Add \`delete-${a.id}\` to Dependencies › Delete in ${b.file}; \`docflow fix\` adds it.`,
      });
    }
  },
};
