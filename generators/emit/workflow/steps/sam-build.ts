/** sam-build → `sam build`, the template path passed through env. */
import { buildTemplate } from '../../../steps/template-path.js';
import { type StepViewBuilder, stepName } from '../step-view.js';

export const samBuildView: StepViewBuilder = (step, ctx) => [
  {
    template: 'steps/sam-build',
    view: { name: stepName(step), template: buildTemplate(step, ctx.component.id, ctx.config.sam.template).flag ?? '', flags: JSON.stringify(step.params.flags) },
    secrets: [],
  },
];
