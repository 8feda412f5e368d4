/**
 * AWS credentials: assume the deploy role via OIDC. A doc may name the secret
 * that holds the role ARN; otherwise the configured default applies.
 */
import type { StepKind } from '../kind.js';
import { codeSpans, phrase } from '../kind.js';

const pattern = /^(?:configure|set ?up|setup)(?: the)? aws credentials\b(.*)$/i;

export const awsCredentials: StepKind = {
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
    const secret = codeSpans(m[1] ?? '')[0] ?? null;
    return { params: { secret } };
  },
};
