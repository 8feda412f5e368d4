/**
 * AWS credentials: assume the deploy role via OIDC. A doc may name the secret
 * that holds the role ARN, and a region for this step; anything else after
 * the phrase is reported, never read as a secret name.
 */
import type { StepKind, StepProblem } from '../kind.js';
import { codePosition, phrase } from '../kind.js';

const pattern = /^(?:configure|set ?up|setup)(?: the)? aws credentials\b(.*)$/i;
const SECRET = /^(?:\(\s*)?(?:requires|using|with|from)(?: the)? `([A-Za-z_][A-Za-z0-9_]*)` secret(?:\s*\))?/i;
const REGION_CODE = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const REGION = /^(?:\(\s*)?(?:in |region:? )?`([^`]+)`(?: region)?(?: (?:is )?required| only)?(?:\s*\))?/i;

export const awsCredentials: StepKind = {
  id: 'aws-credentials',
  summary: 'Configure AWS credentials (OIDC role), optionally naming the secret that holds the role and a region for this step.',
  examples: [
    'Configure AWS credentials',
    'Configure AWS credentials (requires the `AWS_DEPLOY_ROLE_ARN` secret).',
    'Set up AWS credentials using the `AWS_DEPLOY_ROLE_ARN` secret',
    'Configure AWS credentials (`us-east-1` required)',
  ],
  match(step) {
    const m = pattern.exec(phrase(step));
    if (!m) return null;
    let rest = (m[1] ?? '').trim();
    let secret: string | null = null;
    let region: string | null = null;
    const problems: StepProblem[] = [];
    for (let guard = 0; rest && guard < 3; guard++) {
      const s = SECRET.exec(rest);
      const r = s ? null : REGION.exec(rest);
      if (s) secret = s[1]!;
      else if (r && REGION_CODE.test(r[1]!)) region = r[1]!;
      else break;
      rest = rest.slice((s ?? r)![0].length).replace(/^\s*(?:,|and)?\s*/i, '');
    }
    if (rest) {
      problems.push({
        ruleId: 'invalid-step-option',
        message: `Unexpected \`${rest}\` after \`Configure AWS credentials\`, expected the role secret (requires the \`NAME\` secret) or a region (\`us-east-1\` required)`,
        position: codePosition(step, /`([^`]+)`/.exec(rest)?.[1] ?? ''),
        hint: 'A value in parentheses is a secret only when the step says so: (requires the `AWS_DEPLOY_ROLE_ARN` secret).',
      });
    }
    return { params: { secret, region }, problems };
  },
};
