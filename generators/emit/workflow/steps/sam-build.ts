/** sam-build → `sam build`, the template path passed through env: the step's, else the configured pattern's. */
import { templatePathFor } from '../../../cfn/facts.js';
import { type StepViewBuilder, stepName } from '../step-view.js';

export const samBuildView: StepViewBuilder = (step, ctx) => [
  {
    template: 'steps/sam-build',
    view: { name: stepName(step), template: (step.params.template as string | null) ?? templatePathFor(ctx.config.paths.stackTemplates, ctx.component.id), flags: JSON.stringify(step.params.flags) },
    secrets: [],
  },
];
