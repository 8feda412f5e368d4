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
import { bareText, codeValues, md, namedStack } from '../hints.js';

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
  hint: {
    like: 'a stack-output lookup',
    cues: [/\b(?:looks? ?up|fetch|get|read|query|describe|retrieve|grab)\b/i, /\boutputs?\b/i, /\bfrom\b|\bof\b/i, /\bstacks?\b/i],
    explain(step, ctx) {
      const stack = namedStack(step, ctx);
      const name = stack?.name ?? '<stack>';
      const quoted = codeValues(step).filter((v) => v !== stack?.name);
      const bare = bareText(step).split(/[\s,;()]+/).map((w) => w.replace(/[.:]+$/, '')).filter((w) => /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(w));
      const declared = stack ? ctx.outputs(stack.name) : [];
      const outputs = quoted.length > 0 ? quoted : bare.length > 0 ? bare : declared.length > 0 ? [declared[0]!] : ['OutputName'];
      const write = md(`Look up ${outputs.map((o) => `\`${o}\``).join(' and ')} from the \`${name}\` stack output.`);
      if (!stack) return { lacks: 'names no stack in backticks', write };
      if (quoted.length === 0 && bare.length === 0) return { lacks: `names no output${declared.length > 0 ? ` (\`${stack.name}\` declares ${declared.map((d) => `\`${d}\``).join(', ')})` : ''}`, write };
      if (stack.bare) return { lacks: `names the stack \`${name}\` without backticks`, write };
      if (quoted.length === 0) return { lacks: `names the output${bare.length > 1 ? 's' : ''} ${bare.map((b) => `\`${b}\``).join(', ')} without backticks`, write };
      return { lacks: 'is not phrased as a lookup', write };
    },
  },
});
