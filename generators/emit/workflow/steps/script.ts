/** script → the fenced block as the step's `run`, in bash (or sh). */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const scriptView: StepViewBuilder = (step) => [
  {
    template: 'steps/script',
    view: { name: stepName(step), shell: step.params.shell as string, script: (step.params.script as string).replace(/\s*$/, '\n') },
    secrets: [],
  },
];
