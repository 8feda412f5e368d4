/** sam-build → `sam build`, the template path passed through env. */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const samBuildView: StepViewBuilder = (step) => [
  {
    template: 'steps/sam-build',
    view: { name: stepName(step), template: (step.params.template as string | null) ?? '', flags: JSON.stringify(step.params.flags) },
    secrets: [],
  },
];
