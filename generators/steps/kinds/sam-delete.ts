/**
 * `sam delete`: deletes the component's stack. Prose (``SAM delete `x` ``)
 * or the whole command in backticks.
 */
import type { StepKind, StepProblem } from '../kind.js';
import { codePosition, phrase } from '../kind.js';
import { parseCommand, unsupportedSyntax } from '../command.js';

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
    const parsed = parseCommand(c[1] ?? '', { '--stack-name': 'stack', '--region': 'region' }, new Set(), new Set(['region']));
    const stack = parsed.options.get('stack')?.at(-1) ?? null;
    // --no-prompts and --region "$AWS_REGION" are always emitted; keep only what the doc adds.
    const flags = parsed.rest.filter((f) => f !== '--no-prompts');
    const problems: StepProblem[] = [];
    const syntax = unsupportedSyntax(parsed);
    if (syntax) problems.push({ ruleId: 'unsupported-command-syntax', message: syntax, position: step.position, hint: 'Write values as parameters with a (from …) source, move shell logic into a fenced script step, or use the prose phrasing.' });
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
    return { params: { stack, stackPosition: step.position, flags }, problems };
  },
};
