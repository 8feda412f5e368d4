/** stack-output-lookup → describe-stacks, each output written to a step output. */
import { type StepViewBuilder, stepName, words } from '../step-view.js';

export const stackOutputLookupView: StepViewBuilder = (step, ctx) => [
  {
    template: 'steps/stack-output-lookup',
    view: {
      name: stepName(step),
      id: ctx.stepId(step.index),
      stack: step.params.stack as string,
      outputs: words(step.params.outputs as string[]),
      optional: step.params.optional ? 'true' : 'false',
      doc: `${ctx.component.file}:${step.position.start.line}`,
    },
    secrets: [],
  },
];
