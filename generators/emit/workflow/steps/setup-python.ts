/** setup-python → actions/setup-python at the doc's version (default 3.12). */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const setupPythonView: StepViewBuilder = (step, ctx) => [
  {
    template: 'steps/setup-python',
    view: { name: stepName(step), uses: ctx.uses('actions/setup-python'), version: (step.params.version as string | null) ?? '3.12' },
    secrets: [],
  },
];
