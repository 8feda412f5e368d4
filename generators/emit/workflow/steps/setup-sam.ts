/** setup-sam → aws-actions/setup-sam at the doc's or the pinned version. */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const setupSamView: StepViewBuilder = (step, ctx) => [
  {
    template: 'steps/setup-sam',
    view: { name: stepName(step), uses: ctx.uses('aws-actions/setup-sam'), version: (step.params.version as string | null) ?? ctx.config.pins.samCli },
    secrets: [],
  },
];
