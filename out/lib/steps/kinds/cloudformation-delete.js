/**
 * CloudFormation delete: `aws cloudformation delete-stack`, then
 * `aws cloudformation wait stack-delete-complete`, so the job ends when the
 * stack is gone (or fails when the delete does). `--region` and
 * `--role-arn` are passed only when the step names them, as hand-written
 * delete steps do: the CLI otherwise uses the job's region and credentials.
 */
import { stepName } from '../../emit/workflow/step-view.js';
import { parseCommand, unsupportedSyntax } from '../command.js';
import { codeSpans, defineStepKind, located, phrase } from '../kind.js';
import { annotatedParts, keyValue, readValue, valueEnv } from './deploy-parts.js';
import { cfnChangeMessages, COMMAND_SYNTAX_HINT } from './sam-stack.js';
import { md, namedStack } from '../hints.js';
import { commandWords } from '../adopt.js';
const annotated = /^`aws cloudformation delete-stack`(?:\s*(?:[—–:]|\s-)\s*(.*))?$/i;
const command = /^`aws cloudformation delete-stack\s+([^`]+)`$/i;
const STACK = String.raw `(?: the)?(?: stack)?(?: \x60([^\x60]+)\x60)?(?: stack)?`;
const WAIT = String.raw `(?:,? and wait(?: (?:until|for) it (?:is gone|to be gone|to be deleted))?)?`;
// CloudFormation delete `x`; Delete the `x` stack with CloudFormation (and wait …); each may end in `; key: value` parts.
const prose = [
    new RegExp(String.raw `^(?:aws )?cloudformation delete(?:-stack)?${STACK}${WAIT}(?:\s*;\s*(.*))?$`, 'i'),
    new RegExp(String.raw `^delete${STACK} (?:with|using|through) (?:aws )?cloudformation${WAIT}(?:\s*;\s*(.*))?$`, 'i'),
];
const PART_KEYS = /^(?:stack|region|role)\s*:/i;
export const cloudformationDelete = defineStepKind({
    id: 'cloudformation-delete',
    summary: 'Delete the stack with CloudFormation (`aws cloudformation delete-stack`) and wait until it is gone.',
    hint: {
        like: '`aws cloudformation delete-stack`',
        cues: [/cloudformation|\bcfn\b/i, /\b(?:delete|remove|tear ?down|destroy)/i, /\bstacks?\b/i],
        explain(step, ctx) {
            const name = namedStack(step, ctx)?.name ?? ctx.stack;
            return { lacks: 'is not phrased as a CloudFormation delete (the stack in backticks)', write: md(`CloudFormation delete \`${name}\``) };
        },
    },
    examples: [
        'Delete the stack with CloudFormation.',
        'CloudFormation delete `firefly-cdn`',
        '`aws cloudformation delete-stack` — stack: `firefly-certificate`; region: `us-east-1`; role: (from secrets.CFN_ROLE_ARN)',
        '`aws cloudformation delete-stack --stack-name firefly-cdn --region us-east-1`',
    ],
    match(step) {
        const text = phrase(step);
        const problems = [];
        const p = { stack: null, region: null, role: null };
        let m;
        const hit = prose.map((re) => re.exec(text)).find((x) => x);
        if ((m = annotated.exec(text)))
            readParts(step, m[1] ?? '', p, problems);
        else if (hit) {
            if (hit[1])
                p.stack = located(step, hit[1]);
            readParts(step, hit[2] ?? '', p, problems);
        }
        else if ((m = command.exec(text))) {
            const parsed = parseCommand(m[1], { '--stack-name': 'stack', '--region': 'region', '--role-arn': 'role' });
            const syntax = unsupportedSyntax(parsed);
            if (syntax)
                problems.push({ ruleId: 'unsupported-command-syntax', message: syntax, position: step.position, hint: COMMAND_SYNTAX_HINT });
            const one = (key) => parsed.options.get(key)?.at(-1);
            const [stack, region, role] = [one('stack'), one('region'), one('role')];
            if (stack !== undefined)
                p.stack = located(step, stack);
            if (region !== undefined)
                p.region = { name: 'Region', source: { kind: 'literal', value: region }, position: step.position };
            if (role !== undefined)
                p.role = { name: 'RoleArn', source: { kind: 'literal', value: role }, position: step.position };
            // Never drop what the doc said: delete-stack takes nothing else docflow could pass on safely.
            if (parsed.rest.length > 0) {
                problems.push({ ruleId: 'unsupported-command-syntax', message: `Unexpected \`${parsed.rest.join(' ')}\` in an \`aws cloudformation delete-stack\` step, expected only \`--stack-name\`, \`--region\` and \`--role-arn\``, position: step.position, hint: 'Write other flags in a fenced script step.' });
            }
        }
        else
            return null;
        return { params: p, problems };
    },
    facts: (params) => ({
        stacks: [{ action: 'delete', name: params.stack, command: 'aws cloudformation delete-stack' }],
        consumes: [params.region, params.role].filter((v) => v !== null),
        needsAws: true,
    }),
    emit(params, ctx) {
        // Numbered as in `consumes`, so a value read from a stack output gets the lookup id the checks expect.
        const region = valueEnv(params.region, ctx, 1);
        const role = valueEnv(params.role, ctx, params.region ? 2 : 1);
        const env = { STACK_NAME: params.stack?.value ?? ctx.stack ?? '', DELETE_REGION: region.value, ROLE_ARN: role.value };
        return [...region.pre, ...role.pre, { template: 'steps/cloudformation-delete', view: { name: stepName(ctx.step), env }, secrets: [...region.secrets, ...role.secrets] }];
    },
    diagram: (params, ctx) => cfnChangeMessages(ctx, params.stack, false),
    // `delete-stack` then `wait stack-delete-complete` on the same stack and region: exactly what this kind runs.
    adopt(step, ctx) {
        const lines = (step.run ?? '').replace(/\\\r?\n\s*/g, ' ').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
        if (lines.length !== 2 || (step.shell && step.shell !== 'bash'))
            return null;
        const del = flags(lines[0], 'aws cloudformation delete-stack', ['--stack-name', '--region', '--role-arn']);
        const wait = flags(lines[1], 'aws cloudformation wait stack-delete-complete', ['--stack-name', '--region']);
        if (!del || !wait || !del['--stack-name'] || del['--stack-name'] !== wait['--stack-name'] || del['--region'] !== wait['--region'])
            return null;
        if (/[$`'"]/.test(del['--stack-name'].replace(/\$\{\{[^}]*\}\}/g, '')))
            return null;
        const parts = [`stack: \`${del['--stack-name']}\``];
        for (const [flag, key] of [['--region', 'region'], ['--role-arn', 'role']]) {
            const value = del[flag];
            if (value === undefined)
                continue;
            const part = valuePart(value, ctx);
            if (!part)
                return null;
            parts.push(`${key}: ${part}`);
        }
        return { text: `\`aws cloudformation delete-stack\` — ${parts.join('; ')}`, stacks: [{ action: 'delete', name: del['--stack-name'] }] };
    },
});
/** The `--flag value` pairs of `line` after `command`, in `allowed` order, or null when it has anything else. */
function flags(line, command, allowed) {
    const all = commandWords(line);
    const head = command.split(' ');
    if (!all || head.some((w, k) => all[k] !== w))
        return null;
    const words = all.slice(head.length);
    const out = {};
    for (let i = 0; i < words.length; i += 2) {
        const [flag, value] = [words[i], words[i + 1]];
        // In the order this kind passes them, so the calls stay the same.
        const at = allowed.indexOf(flag);
        if (at < 0 || value === undefined || value.startsWith('--') || Object.keys(out).some((f) => allowed.indexOf(f) >= at))
            return null;
        out[flag] = value;
    }
    return out;
}
/** A value as a part of the step: `` `us-east-1` `` or (from secrets.X). */
function valuePart(value, ctx) {
    if (!value.includes('${{'))
        return /[$`'"\\]/.test(value) ? null : `\`${value}\``;
    const source = ctx.source(value);
    return source?.startsWith('from ') ? `(${source})` : null;
}
/** The `key: value` parts after the phrase. */
function readParts(step, text, p, problems) {
    for (const part of annotatedParts(text, PART_KEYS)) {
        const { key, value } = keyValue(part);
        if (key === 'stack' && codeSpans(value).length === 1 && /^`[^`]+`$/.test(value.trim()))
            p.stack = located(step, codeSpans(value)[0]);
        else if (key === 'region')
            p.region = readValue(step, value, 'Region', problems);
        else if (key === 'role')
            p.role = readValue(step, value, 'RoleArn', problems);
        else {
            // Never drop what the doc said: an unknown part would vanish from the workflow.
            problems.push({
                ruleId: 'parameter-without-source',
                message: `Unexpected \`${part.trim()}\` in a CloudFormation delete step, expected \`stack:\` (one name in backticks), \`region:\` or \`role:\``,
                position: step.position,
                hint: 'Write `aws cloudformation delete-stack` — stack: `name`; region: `us-east-1`; role: (from secrets.CFN_ROLE_ARN)',
            });
        }
    }
}
