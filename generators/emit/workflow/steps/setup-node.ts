/** setup-node → actions/setup-node at the doc's version (default 20, the active LTS line). */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const setupNodeView: StepViewBuilder = (step, ctx) => [
  {
    template: 'steps/setup-node',
    view: { name: stepName(step), uses: ctx.uses('actions/setup-node'), version: (step.params.version as string | null) ?? '20' },
    secrets: [],
  },
];
