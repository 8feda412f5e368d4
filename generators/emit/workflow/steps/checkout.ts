/** checkout → actions/checkout without persisted credentials. */
import { type StepViewBuilder, stepName } from '../step-view.js';

export const checkoutView: StepViewBuilder = (step, ctx) => [
  { template: 'steps/checkout', view: { name: stepName(step), uses: ctx.uses('actions/checkout'), persistCredentials: ctx.config.checkout.persistCredentials }, secrets: [] },
];
