/**
 * Shell command: a step written whole as one command in backticks
 * (`` `npm ci` ``, ``Run `npm test` ``), emitted as written (the doc author's
 * own code). Listed last: it is the catch-all for backticked commands the
 * specific kinds did not claim.
 */
import { wirePlaceholders } from '../../model/placeholders.js';
import { stepName } from '../../emit/workflow/step-view.js';
import { codeValues, md } from '../hints.js';
import { hasExpression, singleCommand, stacksInScript } from '../adopt.js';
import { codePosition, defineStepKind, phrase } from '../kind.js';
const pattern = /^(?:run )?`([^`]+)`$/i;
/** A step that starts like a command line (`npm ci`, `run …`). */
const COMMAND_WORD = /^(?:run|execute|exec|npm|npx|yarn|pnpm|make|pip3?|python3?|node|bash|sh|aws|docker|terraform|go|cargo|pytest|jest)\b/i;
export const shell = defineStepKind({
    id: 'shell',
    summary: 'Run a shell command given whole in backticks.',
    examples: ['`npm ci`', 'Run `npm test`.'],
    match(step) {
        const m = pattern.exec(phrase(step));
        return m ? { params: { command: { value: m[1].trim(), position: codePosition(step, m[1]) } } } : null;
    },
    facts: (params) => ({ needsCheckout: true, shellText: params.command.value }),
    // One command with nothing the doc must not hold: `${{ }}`, backticks, or `{Name}`, which would read a lookup.
    adopt(step) {
        const command = singleCommand(step.run);
        if (!command || hasExpression(command) || command.includes('`') || /(?<!\$)\{[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\}/.test(command))
            return null;
        if (step.shell && step.shell !== 'bash')
            return null;
        return { text: `\`${command}\``, stacks: stacksInScript(command) };
    },
    // `{Name}` placeholders read earlier lookups' outputs through env (model/placeholders.ts).
    emit: (params, ctx) => [{ template: 'steps/shell', view: { name: stepName(ctx.step), command: wirePlaceholders(params.command.value) }, secrets: [] }],
    hint: {
        like: 'a shell command',
        cues: [COMMAND_WORD, /\brun\b/i],
        explain(step) {
            const code = codeValues(step);
            if (code.length > 1)
                return { lacks: `holds ${code.length} commands`, write: `one step each: ${code.map((c) => md(`Run \`${c}\`.`)).join(', ')}` };
            const text = phrase(step).replace(/^(?:run|execute|exec)\s+/i, '');
            if (code.length === 0 && COMMAND_WORD.test(text))
                return { lacks: 'has the command outside backticks', write: md(`\`${text}\``) };
            return { lacks: 'names no command in backticks', write: md(code.length === 1 ? `Run \`${code[0]}\`.` : 'Run `<command>`.') };
        },
    },
});
