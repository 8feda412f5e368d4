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
import { commandWords, literalName, plainWord, takeFlag } from '../adopt.js';
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
    // `sam delete --stack-name S --region R --no-prompts [flags]`, the words this kind passes: its region is the
    // job's `$AWS_REGION`, so a region written as a value becomes the `aws.region` setting the credentials step sets.
    adopt(step, ctx) {
        const words = commandWords(step.run?.replace(/"\$\{?AWS_REGION\}?"|\$\{?AWS_REGION\}?/g, '${{ env.AWS_REGION }}') ?? null);
        if (!words || words[0] !== 'sam' || words[1] !== 'delete' || (step.shell && step.shell !== 'bash'))
            return null;
        const at = { i: 2 };
        const stack = takeFlag(words, at, '--stack-name');
        const region = takeFlag(words, at, '--region');
        if (!literalName(stack) || !region || !plainWord(region) || words[at.i++] !== '--no-prompts')
            return null;
        const flags = words.slice(at.i);
        if (!flags.every(literalName) || (flags.length > 0 && !flags[0].startsWith('--')) || flags.some((f) => ['--stack-name', '--region', '--no-prompts'].includes(f)))
            return null;
        const job = region === '${{ env.AWS_REGION }}';
        const source = job ? null : ctx.valueSource(region);
        if (!job && !source)
            return null;
        return {
            text: flags.length > 0 ? `\`sam delete --stack-name ${stack} --no-prompts --region "$AWS_REGION" ${flags.join(' ')}\`` : `SAM delete \`${stack}\`.`,
            settings: source ? [{ key: 'aws.region', value: source }] : [],
            stacks: [{ action: 'delete', name: stack }],
        };
    },
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
