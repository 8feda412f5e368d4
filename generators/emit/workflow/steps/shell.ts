/** shell → the doc's command as written (the doc author's own code). */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const shellView: StepViewBuilder = (step) => [
  { template: 'steps/shell', view: { name: stepName(step), command: step.params.command as string }, secrets: [] },
];
