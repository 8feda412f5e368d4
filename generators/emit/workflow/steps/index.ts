/** View builders by step kind id; a kind without one cannot be emitted. */
import type { StepViewBuilder } from '../step-view.js';
import { awsCredentialsView } from './aws-credentials.js';
import { checkoutView } from './checkout.js';
import { samBuildView } from './sam-build.js';
import { samDeleteView } from './sam-delete.js';
import { samDeployView } from './sam-deploy.js';
import { scriptView } from './script.js';
import { setupNodeView } from './setup-node.js';
import { setupPythonView } from './setup-python.js';
import { setupSamView } from './setup-sam.js';
import { shellView } from './shell.js';
import { stackOutputLookupView } from './stack-output-lookup.js';

/** Built-in view builders, keyed by step kind id. */
export const builtinStepViews: Readonly<Record<string, StepViewBuilder>> = {
  checkout: checkoutView,
  'aws-credentials': awsCredentialsView,
  'setup-sam': setupSamView,
  'setup-node': setupNodeView,
  'setup-python': setupPythonView,
  'sam-build': samBuildView,
  'sam-deploy': samDeployView,
  'sam-delete': samDeleteView,
  'stack-output-lookup': stackOutputLookupView,
  shell: shellView,
  script: scriptView,
};
