/**
 * `sam build`: builds the SAM template, optionally naming it. Accepts the
 * annotated form, prose, and the whole command in backticks. Emits
 * `sam build`, the template path passed through env.
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { stepName } from '../../emit/workflow/step-view.js';
import { parseCommand, unsupportedSyntax } from '../command.js';
import { defineStepKind, located, phrase } from '../kind.js';
import { bareFlags, bareText, codeValues, md } from '../hints.js';
import { COMMAND_SYNTAX_HINT } from './sam-stack.js';
import { buildTemplate } from '../template-path.js';
import { commandWords, literalName, takeFlag } from '../adopt.js';
const annotated = /^`sam build`(?:\s*(?:[—–:]|\s-)\s*template:?\s*`([^`]+)`)?$/i;
const prose = /^sam build(?: (?:the )?(?:template )?`([^`]+)`)?$/i;
const command = /^`sam build\s+([^`]*)`$/i;
export const samBuild = defineStepKind({
    id: 'sam-build',
    summary: 'Build the SAM template (`sam build`).',
    examples: [
        '`sam build` — template: `templates/dynamodb-users.yaml`',
        'SAM build.',
        'SAM build `templates/x.yaml`.',
        '`sam build --template-file templates/x.yaml`',
    ],
    match(step) {
        const text = phrase(step);
        const m = annotated.exec(text) ?? prose.exec(text);
        if (m)
            return { params: { template: m[1] === undefined ? null : located(step, m[1]), flags: [] } };
        const c = command.exec(text);
        if (!c)
            return null;
        const parsed = parseCommand(c[1], { '--template-file': 'template', '--template': 'template', '-t': 'template' });
        const problem = unsupportedSyntax(parsed);
        const template = parsed.options.get('template')?.at(-1);
        return {
            params: { template: template === undefined ? null : { value: template, position: step.position }, flags: parsed.rest },
            problems: problem ? [{ ruleId: 'unsupported-command-syntax', message: problem, position: step.position, hint: COMMAND_SYNTAX_HINT }] : [],
        };
    },
    facts: (params) => ({ templates: params.template?.value ? [params.template] : [], needsCheckout: true, builds: true }),
    emit: (params, ctx) => [
        {
            template: 'steps/sam-build',
            // Without a path, the component's template from the configured pattern (docs/config.md#paths).
            view: { name: stepName(ctx.step), template: buildTemplate(ctx.step, ctx.component.id, ctx.config.paths.stackTemplates).flag ?? '', flags: JSON.stringify(params.flags) },
            secrets: [],
        },
    ],
    // `sam build --template-file T [flags]`, or a bare `sam build` in a folder (which builds its template.yaml):
    // without either, this kind would build the configured template, another file.
    adopt(step) {
        const words = commandWords(step.run);
        if (!words || words[0] !== 'sam' || words[1] !== 'build' || (step.shell && step.shell !== 'bash'))
            return null;
        const at = { i: 2 };
        const template = takeFlag(words, at, '--template-file');
        const flags = words.slice(at.i);
        if (template === null || (template !== undefined && !literalName(template)) || (template === undefined && !step.workingDirectory))
            return null;
        // Flags must stay flags: a template named again, or an expression, would be read differently.
        if (!flags.every(literalName) || (flags.length > 0 && !flags[0].startsWith('-')) || flags.some((f) => ['--template-file', '--template', '-t'].includes(f)))
            return null;
        const text = flags.length > 0 ? `\`sam build ${[...(template ? ['--template-file', template] : []), ...flags].join(' ')}\`` : template ? `\`sam build\` — template: \`${template}\`` : '`sam build`';
        return { text };
    },
    diagram(_params, ctx) {
        ctx.say(PARTICIPANT.runner, PARTICIPANT.sam, ctx.text);
        ctx.say(PARTICIPANT.sam, PARTICIPANT.runner, 'build artifacts in .aws-sam/', true);
    },
    hint: {
        like: '`sam build`',
        cues: [/\bbuild/i, /\bsam\b/i, /\btemplate\b|\.(?:ya?ml|json)\b/i],
        explain(step) {
            const flags = bareFlags(step);
            if (flags)
                return { lacks: `has the command's flags outside backticks (\`${flags}\`)`, write: md(`sam build ${flags}`) };
            const bare = bareText(step).split(/\s+/).find((w) => /\.(?:ya?ml|json)$/i.test(w.replace(/[.,:;]+$/, '')));
            const path = bare?.replace(/[.,:;]+$/, '') ?? codeValues(step).find((v) => /\.(?:ya?ml|json)$/i.test(v));
            const write = md(path ? `\`sam build\` — template: \`${path}\`` : 'SAM build.');
            if (bare)
                return { lacks: `names the template \`${path}\` without backticks`, write };
            return { lacks: path ? 'is not phrased as a SAM build' : 'is not phrased as a SAM build (without a template it builds the configured one)', write };
        },
    },
});
