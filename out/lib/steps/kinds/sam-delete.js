/**
 * `sam delete`: deletes the component's stack. Prose (``SAM delete `x` ``)
 * or the whole command in backticks. Emits
 * `sam delete --no-prompts --region`, the stack through env.
 */
import { stepName } from '../../emit/workflow/step-view.js';
import { parseCommand, unsupportedSyntax } from '../command.js';
import { defineStepKind, located, phrase } from '../kind.js';
import { bareFlags, md, namedStack, wordsAfter } from '../hints.js';
import { COMMAND_SYNTAX_HINT, stackChangeMessages } from './sam-stack.js';
const prose = /^sam delete(?: (?:the )?(?:stack )?`([^`]+)`)?(?: stack)?$/i;
const command = /^`sam delete(?:\s+([^`]*))?`$/i;
export const samDelete = defineStepKind({
    id: 'sam-delete',
    summary: 'Delete the stack (`sam delete`).',
    examples: ['SAM delete `firefly-x`.', '`sam delete --stack-name firefly-x --no-prompts --region "$AWS_REGION"`'],
    match(step) {
        const text = phrase(step);
        const p = prose.exec(text);
        if (p)
            return { params: { stack: p[1] === undefined ? null : located(step, p[1]), flags: [] } };
        const c = command.exec(text);
        if (!c)
            return null;
        const parsed = parseCommand(c[1] ?? '', { '--stack-name': 'stack', '--region': 'region' }, new Set(), new Set(['region']));
        const stack = parsed.options.get('stack')?.at(-1);
        // --no-prompts and --region "$AWS_REGION" are always emitted; keep only what the doc adds.
        const flags = parsed.rest.filter((f) => f !== '--no-prompts');
        const problems = [];
        const syntax = unsupportedSyntax(parsed);
        if (syntax)
            problems.push({ ruleId: 'unsupported-command-syntax', message: syntax, position: step.position, hint: COMMAND_SYNTAX_HINT });
        for (const region of parsed.options.get('region') ?? []) {
            if (!/^\$\{?AWS_REGION\}?$/.test(region)) {
                problems.push({
                    ruleId: 'unsupported-command-syntax',
                    message: `Unexpected \`--region ${region}\`: the workflow deletes in the job's region (\`aws.region\` in docflow.config.yaml)`,
                    position: step.position,
                    hint: 'Remove --region from the step, or write `--region "$AWS_REGION"`; set the region in docflow.config.yaml or front matter.',
                });
            }
        }
        return { params: { stack: stack === undefined ? null : { value: stack, position: step.position }, flags }, problems };
    },
    facts: (params) => ({ stacks: [{ action: 'delete', name: params.stack, command: 'sam delete' }], needsAws: true }),
    emit: (params, ctx) => [
        {
            template: 'steps/sam-delete',
            view: { name: stepName(ctx.step), stack: params.stack?.value ?? ctx.stack ?? '', flags: JSON.stringify(params.flags) },
            secrets: [],
        },
    ],
    diagram: (params, ctx) => stackChangeMessages(ctx, params.stack, false),
    hint: {
        like: '`sam delete`',
        cues: [/\b(?:delete|remove|tear ?down|teardown|destroy|clean ?up)/i, /\bsam\b/i, /\bstacks?\b/i],
        explain(step, ctx) {
            const stack = namedStack(step, ctx);
            const name = stack?.name ?? ctx.stack;
            const line = md(`SAM delete \`${name}\`.`);
            const flags = bareFlags(step);
            if (flags)
                return { lacks: `has the command's flags outside backticks (\`${flags}\`)`, write: md(/--stack-name/.test(flags) ? `sam delete ${flags}` : `sam delete --stack-name ${name} ${flags}`) };
            if (stack?.bare)
                return { lacks: `names the stack \`${name}\` without backticks`, write: line };
            const extra = wordsAfter(step, /\bsam delete\b/i);
            if (extra)
                return { lacks: `has words it does not take (\`${extra}\`): the stack goes in backticks`, write: line };
            return { lacks: stack ? 'is not phrased as a SAM delete' : 'names no stack', write: line };
        },
    },
});
