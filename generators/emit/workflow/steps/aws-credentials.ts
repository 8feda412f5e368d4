/** aws-credentials → aws-actions/configure-aws-credentials with the OIDC role. */
import type { ValueSource } from '../../../config/types.js';
import { type StepViewBuilder, sourceSecrets, sourceValue, stepName } from '../step-view.js';

export const awsCredentialsView: StepViewBuilder = (step, ctx) => {
  const named = step.params.secret as string | null;
  const role: ValueSource = named ? { secret: named } : ctx.config.aws.roleToAssume;
  const fixed = step.params.region as string | null | undefined;
  const region: ValueSource = fixed ? { value: fixed } : ctx.config.aws.region;
  return [
    {
      template: 'steps/aws-credentials',
      view: {
        name: stepName(step),
        uses: ctx.uses('aws-actions/configure-aws-credentials'),
        roleToAssume: sourceValue(role),
        region: sourceValue(region),
      },
      secrets: [...sourceSecrets(role), ...sourceSecrets(region)],
      idToken: true,
    },
  ];
};
