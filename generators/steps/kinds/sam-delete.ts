/**
 * `sam delete`: deletes the component's stack. Prose (``SAM delete `x` ``)
 * or the whole command in backticks.
 */
import type { StepKind } from '../kind.js';
import { codePosition, phrase } from '../kind.js';
import { parseCommand } from '../command.js';

const prose = /^sam delete(?: (?:the )?(?:stack )?`([^`]+)`)?(?: stack)?$/i;
const command = /^`sam delete(?:\s+([^`]*))?`$/i;

export const samDelete: StepKind = {
  id: 'sam-delete',
  summary: 'Delete the stack (`sam delete`).',
  examples: ['SAM delete `firefly-x`.', '`sam delete --stack-name firefly-x --no-prompts --region "$AWS_REGION"`'],
  match(step) {
    const text = phrase(step);
    const p = prose.exec(text);
    if (p) return { params: { stack: p[1] ?? null, stackPosition: p[1] ? codePosition(step, p[1]) : null, flags: [] } };
    const c = command.exec(text);
    if (!c) return null;
    const parsed = parseCommand(c[1] ?? '', { '--stack-name': 'stack', '--region': 'region' });
    const stack = parsed.options.get('stack')?.at(-1) ?? null;
    // --no-prompts and --region are always emitted; keep only what the doc adds.
    const flags = parsed.rest.filter((f) => f !== '--no-prompts');
    return { params: { stack, stackPosition: step.position, flags } };
  },
};
