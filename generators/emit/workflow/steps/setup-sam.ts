/** setup-sam → aws-actions/setup-sam at the doc's or the pinned version, or `pip install aws-sam-cli` (config `sam.install`). */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const setupSamView: StepViewBuilder = (step, ctx) => {
  const install = ctx.config.sam.install;
  const named = step.params.version as string | null;
  const version = named ?? (install.pin ? ctx.config.pins.samCli : null);
  if (install.via === 'pip') {
    return [{ template: 'steps/setup-sam-pip', view: { name: stepName(step), package: version ? `aws-sam-cli==${version}` : 'aws-sam-cli' }, secrets: [], condition: install.if }];
  }
  return [
    {
      template: 'steps/setup-sam',
      view: { name: stepName(step), uses: ctx.uses('aws-actions/setup-sam'), version: named ?? ctx.config.pins.samCli },
      secrets: [],
      condition: install.if,
    },
  ];
};
