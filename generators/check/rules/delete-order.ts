/**
 * delete-order: if A deploys after B, B can only be deleted after A, so B's
 * Delete dependencies must cover A (a glob counts). Applies when B has a
 * delete workflow and A has something to delete (a stack or a delete
 * workflow): a stackless test run leaves nothing behind to order.
 */
import { stackOf } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { covers } from './entries.js';
import { sectionPosition } from './required-by-asymmetry.js';

export const deleteOrder: Rule = {
  id: 'delete-order',
  severity: 'error',
  description: "A deploy dependency's Delete dependencies do not cover its dependent.",
  run(ctx) {
    for (const a of ctx.components) {
      if (ctx.byId.get(a.id) !== a) continue;
      if (!a.workflows.delete && !stackOf(a)) continue;
      for (const ref of a.dependencies.deploy) {
        for (const id of ref.ids) {
          const b = ctx.byId.get(id)!;
          if (b === a || !b.workflows.delete || covers(b.dependencies.delete, a.id)) continue;
          ctx.report({
            file: b.file,
            position: sectionPosition(b, 'dependencies', 'delete'),
            message: `Missing \`${a.id}\` under Dependencies › Delete: \`${a.id}\` deploys on \`${b.id}\`, so it must be deleted first`,
            related: [{ file: a.file, start: ref.position.start, message: `\`${a.id}\` depends on \`${b.id}\` here` }],
            hint: `Add \`delete-${a.id}\` to Dependencies › Delete in ${b.file}.`,
          });
        }
      }
    }
  },
};
