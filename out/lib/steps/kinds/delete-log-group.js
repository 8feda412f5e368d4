/**
 * Delete a Lambda function's CloudWatch log group. Lambda creates
 * `/aws/lambda/<function>` on first invoke, outside the stack, so deleting
 * the stack leaves it behind. The function (or the whole log group name) is
 * a literal, an earlier lookup's output (`{FunctionName}`) or a source. A
 * log group that does not exist is skipped quietly; any other error fails.
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { stepName } from '../../emit/workflow/step-view.js';
import { defineStepKind, phrase } from '../kind.js';
import { optionalLookups, readValue, shownValue, valueEnv } from './deploy-parts.js';
import { codeValues, md } from '../hints.js';
import { commandWords, literalName, singleCommand, sourcePart } from '../adopt.js';
const IF_EXISTS = String.raw `(?:,? (?:if it exists|if there is one))?`;
const GROUP = String.raw `(?:(?:the )?(?:lambda(?:'s)? |function's )?(?:cloudwatch )?log group)`;
// Delete the log group of `fn`; Delete the log group `/aws/lambda/fn`.
const ofFunction = new RegExp(String.raw `^delete ${GROUP} (?:of|for) (?:the )?(?:lambda |function )?(.+?)(?: (?:function|lambda))?${IF_EXISTS}$`, 'i');
const named = new RegExp(String.raw `^delete ${GROUP} (.+?)${IF_EXISTS}$`, 'i');
const LAMBDA_PREFIX = '/aws/lambda/';
export const deleteLogGroup = defineStepKind({
    id: 'delete-log-group',
    summary: "Delete a Lambda function's CloudWatch log group, if it exists.",
    hint: {
        like: 'a log group delete',
        cues: [/\blog ?groups?\b/i, /\b(?:delete|remove|clean ?up)/i],
        explain(step, ctx) {
            const name = codeValues(step)[0] ?? ctx.stack;
            return { lacks: 'is not phrased as a log group delete (the function or the group in backticks)', write: md(`Delete the log group of \`${name}\``) };
        },
    },
    examples: [
        'Delete the log group of `firefly-fn-list`',
        'Delete the Lambda log group `/aws/lambda/firefly-fn-list`.',
        'Delete the CloudWatch log group of the `{FunctionName}` function, if it exists',
    ],
    match(step) {
        const text = phrase(step);
        const problems = [];
        const of = ofFunction.exec(text);
        const whole = of ? null : named.exec(text);
        const m = of ?? whole;
        if (!m)
            return null;
        const value = readValue(step, m[1], of ? 'FunctionName' : 'LogGroupName', problems);
        if (!value)
            return { params: { function: null, logGroup: null }, problems };
        return { params: of ? { function: value, logGroup: null } : { function: null, logGroup: value }, problems };
    },
    facts: (params) => ({ consumes: [params.function ?? params.logGroup].filter((v) => v !== null), needsAws: true }),
    emit(params, ctx) {
        const v = valueEnv(params.function ?? params.logGroup, ctx, 1);
        const env = { LOG_GROUP: params.function ? `${LAMBDA_PREFIX}${v.value}` : v.value };
        // A function whose stack is gone has no name to read: the lookup is optional, and the step skips.
        return [...optionalLookups(v.pre), { template: 'steps/delete-log-group', view: { name: stepName(ctx.step), env }, secrets: v.secrets }];
    },
    // `aws logs delete-log-group --log-group-name G || echo …` (or `|| true`): the same call, and a missing group is
    // no failure. Without the fallback a missing group fails the hand-written step and not this kind's: not adopted.
    adopt(step, ctx) {
        const line = singleCommand(step.run);
        const m = line === null ? null : /^(.*?)(?:\s+2>\s*\/dev\/null)?\s+\|\|\s+(?:true|:|echo(?:\s+"[^"$`\\]*"|\s+'[^']*')?)$/.exec(line);
        const words = m ? commandWords(m[1]) : null;
        if (!words || words.length !== 5 || words.slice(0, 4).join(' ') !== 'aws logs delete-log-group --log-group-name' || (step.shell && step.shell !== 'bash'))
            return null;
        const group = words[4];
        const part = group.includes('${{') ? sourcePart(group, ctx.source) : null;
        const name = part ? `\`LogGroupName\` ${part}` : literalName(group) && !group.endsWith('/') ? `\`${group}\`` : null;
        if (!name)
            return null;
        return {
            text: `Delete the log group ${name}`,
            unmapped: ['its `||` fallback ignores every error of `aws logs delete-log-group`; the doc step skips only a log group that does not exist and fails on any other error'],
        };
    },
    diagram(params, ctx) {
        ctx.say(PARTICIPANT.runner, PARTICIPANT.logs, `delete-log-group ${params.function ? LAMBDA_PREFIX : ''}${shownValue(params.function ?? params.logGroup)}`);
        ctx.say(PARTICIPANT.logs, PARTICIPANT.runner, 'deleted, or already gone', true);
    },
});
