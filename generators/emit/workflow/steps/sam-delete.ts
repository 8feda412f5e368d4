/** sam-delete → `sam delete --no-prompts --region`, the stack through env. */
import { type StepViewBuilder, stepName, words } from '../step-view.js';

export const samDeleteView: StepViewBuilder = (step, ctx) => [
  {
    template: 'steps/sam-delete',
    view: { name: stepName(step), stack: (step.params.stack as string | null) ?? ctx.stack ?? '', flags: words(step.params.flags as string[]) },
    secrets: [],
  },
];
