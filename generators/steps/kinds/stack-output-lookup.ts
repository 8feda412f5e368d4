/**
 * Stack-output lookup: reads named outputs of another stack so later steps
 * (typically `sam deploy` parameters) can use them. `(optional)` tolerates a
 * missing stack or output.
 */
import type { StepKind } from '../kind.js';
import { codePosition, codeSpans, phrase } from '../kind.js';

// `Lookup`, `Look up`, `Looks up`; `output` or `outputs`.
const pattern = /^looks? ?up (.+?) from (?:the )?`([^`]+)`(?: stack)?(?:'s)?(?: outputs?)?$/i;

export const stackOutputLookup: StepKind = {
  id: 'stack-output-lookup',
  summary: 'Look up outputs of another stack.',
  examples: [
    'Look up `ApiId` from the `firefly-http-api` stack output.',
    'Lookup `UserPoolId` and `UserPoolClientId` from `firefly-cognito-user-pool` stack outputs',
    'Look up `CertificateArn` from the `firefly-acm-certificate` stack output (optional).',
  ],
  match(step) {
    const full = phrase(step);
    const optional = /\(optional\)/i.test(full);
    const m = pattern.exec(full.replace(/\s*\(optional\)\s*/gi, ' ').trim().replace(/[.:]$/, ''));
    if (!m) return null;
    const outputs = codeSpans(m[1]!);
    if (outputs.length === 0) return null;
    return {
      params: {
        stack: m[2]!,
        stackPosition: codePosition(step, m[2]!),
        outputs,
        optional,
      },
    };
  },
};
