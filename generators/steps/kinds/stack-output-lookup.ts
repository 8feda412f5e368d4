/**
 * Stack-output lookup: reads named outputs of another stack (describe-stacks,
 * each output written to a step output) so later steps, typically
 * `sam deploy` parameters, can use them. `(optional)` tolerates a missing
 * stack or output.
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { stepName, words } from '../../emit/workflow/step-view.js';
import type { Located } from '../../model/types.js';
import { codeSpans, defineStepKind, located, phrase } from '../kind.js';

// `Lookup`, `Look up`, `Looks up`; `output` or `outputs`.
const pattern = /^looks? ?up (.+?) from (?:the )?`([^`]+)`(?: stack)?(?:'s)?(?: outputs?)?$/i;

/** The stack read, the outputs wanted, and whether they may be missing. */
interface LookupParams {
  stack: Located;
  outputs: Located[];
  optional: boolean;
}

export const stackOutputLookup = defineStepKind<LookupParams>({
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
    return { params: { stack: located(step, m[2]!), outputs: outputs.map((o) => located(step, o)), optional } };
  },
  facts: (params) => ({ stacks: [{ action: 'read', name: params.stack, command: 'describe-stacks' }], produces: params.outputs, needsAws: true }),
  emit: (params, ctx) => [
    {
      template: 'steps/stack-output-lookup',
      view: {
        name: stepName(ctx.step),
        id: ctx.stepId(ctx.step.index),
        stack: params.stack.value,
        outputs: words(params.outputs.map((o) => o.value)),
        optional: params.optional ? 'true' : 'false',
        doc: `${ctx.component.file}:${ctx.step.position.start.line}`,
      },
      secrets: [],
    },
  ],
  diagram(params, ctx) {
    const other = ctx.stackParticipant(params.stack.value);
    ctx.say(PARTICIPANT.runner, other, ctx.text);
    ctx.say(other, PARTICIPANT.runner, params.outputs.map((o) => o.value).join(', ') + (params.optional ? ' (or empty: optional)' : ''), true);
  },
});
