/**
 * AWS credentials: assume the deploy role via OIDC
 * (aws-actions/configure-aws-credentials). A doc may name the secret that
 * holds the role ARN; otherwise the configured default applies.
 */
import type { ValueSource } from '../../config/types.js';
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { sourceSecrets, sourceValue, stepName } from '../../emit/workflow/step-view.js';
import type { Located } from '../../model/types.js';
import { codeValues, md } from '../hints.js';
import { codeSpans, defineStepKind, located, phrase } from '../kind.js';

const pattern = /^(?:configure|set ?up|setup)(?: the)? aws credentials\b(.*)$/i;

/** The secret the step names, if any. */
interface AwsCredentialsParams {
  secret: Located | null;
}

export const awsCredentials = defineStepKind<AwsCredentialsParams>({
  id: 'aws-credentials',
  summary: 'Configure AWS credentials (OIDC role), optionally naming the secret that holds the role.',
  examples: [
    'Configure AWS credentials',
    'Configure AWS credentials (requires the `AWS_DEPLOY_ROLE_ARN` secret).',
    'Set up AWS credentials using the `AWS_DEPLOY_ROLE_ARN` secret',
  ],
  match(step) {
    const m = pattern.exec(phrase(step));
    if (!m) return null;
    const secret = codeSpans(m[1] ?? '')[0];
    return { params: { secret: secret === undefined ? null : located(step, secret) } };
  },
  emit(params, ctx) {
    const role: ValueSource = params.secret ? { secret: params.secret.value } : ctx.config.aws.roleToAssume;
    return [
      {
        template: 'steps/aws-credentials',
        view: {
          name: stepName(ctx.step),
          uses: ctx.uses('aws-actions/configure-aws-credentials'),
          roleToAssume: sourceValue(role),
          region: sourceValue(ctx.config.aws.region),
        },
        secrets: [...sourceSecrets(role), ...sourceSecrets(ctx.config.aws.region)],
        idToken: true,
      },
    ];
  },
  diagram(_params, ctx) {
    ctx.say(PARTICIPANT.runner, PARTICIPANT.sts, `${ctx.text} (AssumeRoleWithWebIdentity)`);
    ctx.say(PARTICIPANT.sts, PARTICIPANT.runner, 'temporary credentials', true);
  },
  hint: {
    like: 'an AWS credentials step',
    cues: [/\bcredentials?\b|\bcreds\b|\boidc\b|\bassume\b|\brole\b|\bauthenticate|\blog ?in\b/i, /\baws\b/i, /\b(?:configure|set ?up|setup)\b/i],
    explain(step) {
      const secret = codeValues(step).find((v) => /^[A-Z][A-Z0-9_]+$/.test(v));
      const write = md(secret ? `Configure AWS credentials (requires the \`${secret}\` secret).` : 'Configure AWS credentials');
      const text = phrase(step);
      if (/\bcreds\b/i.test(text)) return { lacks: 'writes `creds` for `credentials`', write };
      if (/\b(?:assume|role|oidc)\b/i.test(text)) return { lacks: 'names how it authenticates, not the step (the role comes from the secret)', write };
      return { lacks: 'is not phrased as `Configure AWS credentials`', write };
    },
  },
});
