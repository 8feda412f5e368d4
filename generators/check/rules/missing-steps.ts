/**
 * missing-steps: a Deploy or Delete Workflow section with no step list.
 * Nothing could be generated for it, so it is an error.
 */
import { PHASES } from '../../model/types.js';
import type { Rule } from '../rule.js';

export const missingSteps: Rule = {
  id: 'missing-steps',
  severity: 'error',
  description: 'A workflow section has no steps.',
  run(ctx) {
    for (const c of ctx.components) {
      for (const phase of PHASES) {
        const wf = c.workflows[phase];
        if (!wf || wf.steps.length > 0) continue;
        ctx.report({
          file: c.file,
          position: wf.position,
          message: `Missing steps in \`${phase === 'deploy' ? 'Deploy' : 'Delete'} Workflow\`, expected a \`### Steps\` list`,
          hint: 'Add `### Steps` with a numbered list, or remove the workflow section.',
        });
      }
    }
  },
};
