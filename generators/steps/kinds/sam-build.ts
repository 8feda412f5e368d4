/**
 * `sam build`: builds the SAM template, optionally naming it. Accepts the
 * annotated form, prose, and the whole command in backticks.
 */
import type { StepKind } from '../kind.js';
import { phrase } from '../kind.js';
import { parseCommand, unsupportedSyntax } from '../command.js';

const annotated = /^`sam build`(?:\s*(?:[—–:]|\s-)\s*template:?\s*`([^`]+)`)?$/i;
const prose = /^sam build(?: (?:the )?(?:template )?`([^`]+)`)?$/i;
const command = /^`sam build\s+([^`]*)`$/i;

export const samBuild: StepKind = {
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
    if (m) return { params: { template: m[1] ?? null, flags: [] } };
    const c = command.exec(text);
    if (!c) return null;
    const parsed = parseCommand(c[1]!, { '--template-file': 'template', '--template': 'template', '-t': 'template' });
    const problem = unsupportedSyntax(parsed);
    return {
      params: { template: parsed.options.get('template')?.at(-1) ?? null, flags: parsed.rest },
      problems: problem ? [{ ruleId: 'unsupported-command-syntax', message: problem, position: step.position, hint: 'Write values as parameters with a (from …) source, move shell logic into a fenced script step, or use the prose phrasing.' }] : [],
    };
  },
};
