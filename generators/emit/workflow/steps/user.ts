/** User step kinds: their own template (`user/<kind>`), with the doc's captures as `params`. */
import type { UserStepKind } from '../../../steps/user-kinds.js';
import { type StepViewBuilder, stepName } from '../step-view.js';

/** The view builder for one user step kind. */
export function userStepView(user: UserStepKind): StepViewBuilder {
  return (step, ctx) => [
    {
      template: `user/${user.kind.id}`,
      view: { name: stepName(step), params: step.params, text: step.text, stack: ctx.stack ?? '', component: ctx.component.id },
      secrets: user.secrets,
      idToken: user.aws,
    },
  ];
}
