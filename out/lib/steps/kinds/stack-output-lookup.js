/**
 * Stack-output lookup: reads named outputs of another stack (describe-stacks,
 * each output written to a step output) so later steps, typically
 * `sam deploy` parameters, can use them. `(optional)` tolerates a missing
 * stack or output; ``in `us-east-1` `` reads a stack of another region (a
 * certificate for CloudFront), through the step's `AWS_REGION`.
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { regionEnv, sourceSecrets, stepName, words } from '../../emit/workflow/step-view.js';
import { codeSpans, defineStepKind, located, phrase } from '../kind.js';
import { bareText, codeValues, md, namedStack } from '../hints.js';
// `Lookup`, `Look up`, `Looks up`; `output` or `outputs`.
const pattern = /^looks? ?up (.+?) from (?:the )?`([^`]+)`(?: stack)?(?:'s)?(?: outputs?)?$/i;
// ``… in `us-east-1` ``: the stack's region, when it is not the job's.
const inRegion = /\s+in `([^`]*)`$/i;
/**
 * The AWS CLI takes the region from the environment (the job's credentials work in every region): the
 * region the step names, else the one the stack's own doc says it lives in, when that is not the job's.
 */
function lookupRegion(params, ctx) {
    const region = params.region ? { value: params.region.value } : ctx.regionOf(params.stack.value);
    return region ? { secrets: sourceSecrets(region), extraEnv: regionEnv(region) } : { secrets: [] };
}
export const stackOutputLookup = defineStepKind({
    id: 'stack-output-lookup',
    summary: 'Look up outputs of another stack.',
    examples: [
        'Look up `ApiId` from the `firefly-http-api` stack output.',
        'Lookup `UserPoolId` and `UserPoolClientId` from `firefly-cognito-user-pool` stack outputs',
        'Look up `CertificateArn` from the `firefly-acm-certificate` stack output (optional).',
        'Look up `CertificateArn` from the `firefly-acm-certificate` stack output in `us-east-1`.',
    ],
    match(step) {
        const full = phrase(step);
        const optional = /\(optional\)/i.test(full);
        const text = full.replace(/\s*\(optional\)\s*/gi, ' ').trim().replace(/[.:]$/, '');
        const r = inRegion.exec(text);
        const m = pattern.exec(r ? text.slice(0, r.index) : text);
        if (!m)
            return null;
        const outputs = codeSpans(m[1]);
        if (outputs.length === 0)
            return null;
        // The region reaches the shell only through env (and `invalid-value` checks it is one line).
        return { params: { stack: located(step, m[2]), outputs: outputs.map((o) => located(step, o)), optional, ...(r ? { region: located(step, r[1]) } : {}) } };
    },
    facts: (params) => ({ stacks: [{ action: 'read', name: params.stack, command: 'describe-stacks', ...(params.region ? { region: params.region } : {}) }], produces: params.outputs, needsAws: true }),
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
            ...lookupRegion(params, ctx),
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
            const outputs = quoted.length > 0 ? quoted : bare.length > 0 ? bare : declared.length > 0 ? [declared[0]] : ['OutputName'];
            const write = md(`Look up ${outputs.map((o) => `\`${o}\``).join(' and ')} from the \`${name}\` stack output.`);
            if (!stack)
                return { lacks: 'names no stack in backticks', write };
            if (quoted.length === 0 && bare.length === 0)
                return { lacks: `names no output${declared.length > 0 ? ` (\`${stack.name}\` declares ${declared.map((d) => `\`${d}\``).join(', ')})` : ''}`, write };
            if (stack.bare)
                return { lacks: `names the stack \`${name}\` without backticks`, write };
            if (quoted.length === 0)
                return { lacks: `names the output${bare.length > 1 ? 's' : ''} ${bare.map((b) => `\`${b}\``).join(', ')} without backticks`, write };
            return { lacks: 'is not phrased as a lookup', write };
        },
    },
});
