/**
 * unrecognized-step: a step no step kind recognises. It is kept in the model
 * (kind null) but no workflow step can be generated for it.
 */
import { PHASES } from '../../model/types.js';
import type { Rule } from '../rule.js';

export const unrecognizedStep: Rule = {
  id: 'unrecognized-step',
  severity: 'error',
  description: 'A step matches no step kind.',
  run(ctx) {
    for (const c of ctx.components) {
      for (const phase of PHASES) {
        for (const step of c.workflows[phase]?.steps ?? []) {
          if (step.kind !== null) continue;
          const text = step.text.length > 60 ? `${step.text.slice(0, 57)}...` : step.text;
          ctx.report({
            file: c.file,
            position: step.position,
            message: `Unrecognized step \`${text || '(empty)'}\` in ${phase} workflow`,
            hint: 'Use a phrasing from docs/FORMAT.md#steps, write a shell command in backticks, put a script in a fenced block under the step, or add a step kind in templates/steps/.',
          });
        }
      }
    }
  },
};
