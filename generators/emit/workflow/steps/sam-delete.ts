/** sam-delete → `sam delete --no-prompts --region`, the stack through env. */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const samDeleteView: StepViewBuilder = (step, ctx) => [
  {
    template: 'steps/sam-delete',
    view: { name: stepName(step), stack: (step.params.stack as string | null) ?? ctx.stack ?? '', flags: JSON.stringify(step.params.flags) },
    secrets: [],
  },
];
