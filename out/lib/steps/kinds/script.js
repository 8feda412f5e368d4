/**
 * Script: a step whose body is a fenced code block under the item. The item's
 * text names it; the code runs as written, as the step's `run` (bash unless
 * the fence says sh).
 */
import { wirePlaceholders } from '../../model/placeholders.js';
import { stepName } from '../../emit/workflow/step-view.js';
import { md } from '../hints.js';
import { hasExpression, lookedUp, moveExpressions, singleCommand, stacksInScript } from '../adopt.js';
import { defineStepKind, phrase, textValues } from '../kind.js';
const shells = new Set(['', 'bash', 'sh', 'shell', 'console']);
export const script = defineStepKind({
    id: 'script',
    summary: 'Run the fenced code block under the step as a script.',
    examples: ['Sync the built site to the bucket:\n\n   ```bash\n   aws s3 sync dist/ "s3://$BUCKET"\n   ```'],
    match(step) {
        if (step.code.length === 0)
            return null;
        const problems = step.code
            .filter((c) => !shells.has((c.lang ?? '').toLowerCase()))
            .map((c) => ({
            ruleId: 'unsupported-script-language',
            message: `Unexpected script language \`${c.lang}\`, expected \`bash\` or \`sh\``,
            position: c.position,
            hint: 'Fence the block as ```bash, or call the interpreter from bash.',
        }));
        const shellName = step.code.some((c) => c.lang?.toLowerCase() === 'sh') ? 'sh' : 'bash';
        return {
            params: { title: phrase(step), shell: shellName, script: step.code.map((c) => c.value).join('\n') },
            problems,
        };
    },
    // The script itself is many lines by nature; only its name must be one.
    facts: (params) => ({ lineValues: textValues({ title: params.title, shell: params.shell }), needsCheckout: true, shellText: params.script }),
    // Any other `run:`: a fenced block under the step's name, its expressions moved into `Env:`.
    adopt(step, ctx) {
        if (step.run === null)
            return null;
        const one = singleCommand(step.run);
        if (one && !hasExpression(one) && !one.includes('`') && (!step.shell || step.shell === 'bash'))
            return null;
        const moved = moveExpressions(step.run.replace(/\s*$/, ''), ctx.source);
        const fence = moved.script.includes('```') ? '~~~' : '```';
        const lang = step.shell === 'sh' ? 'sh' : 'bash';
        const title = (step.name ?? 'Run a script').replace(/\$\{\{.*?\}\}/g, '').replace(/[`:.\s]+$/, '').replace(/`/g, "'").trim() || 'Run a script';
        const placeholders = [...moved.script.matchAll(/(?<!\$)\{([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)\}/g)].map((m) => `\`{${m[1]}}\` in the script would read a lookup's output`);
        return {
            text: `${title}:`,
            body: [`${fence}${lang}`, ...moved.script.split('\n'), fence],
            env: moved.env,
            stacks: stacksInScript(step.run),
            produces: lookedUp(step.run) ?? [],
            unmapped: [...moved.unmapped, ...placeholders, ...(step.shell && !['bash', 'sh'].includes(step.shell) ? [`shell \`${step.shell}\``] : [])],
        };
    },
    emit: (params, ctx) => [
        { template: 'steps/script', view: { name: stepName(ctx.step), shell: params.shell, script: wirePlaceholders(params.script).replace(/\s*$/, '\n') }, secrets: [] },
    ],
    hint: {
        like: 'a script step',
        cues: [/\b(?:s3|bucket|cloudfront|upload|sync|copy|invalidat|seed|migrat|notify|slack|curl|wait|smoke|zip|package|publish|tests?|lint)/i, /\b(?:s3|bucket|cloudfront)\b/i],
        explain: (step) => ({ lacks: 'has no fenced code block under it to run', write: `${md(`${phrase(step)}:`)} with a fenced \`bash\` block of its commands indented under it` }),
    },
});
