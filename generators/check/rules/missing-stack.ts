/**
 * missing-stack: a workflow deploys or deletes a SAM stack but the doc has no
 * `CloudFormation Stack` section. Guards, lookups and concurrency key on it.
 */
import { PHASES } from '../../model/types.js';
import type { Rule } from '../rule.js';

const STACK_KINDS = new Set(['sam-deploy', 'sam-delete']);

export const missingStack: Rule = {
  id: 'missing-stack',
  severity: 'error',
  description: 'A workflow deploys or deletes a stack, but the doc names no stack.',
  run(ctx) {
    for (const c of ctx.components) {
      if (c.stack || c.defaultStack) continue;
      for (const phase of PHASES) {
        const step = c.workflows[phase]?.steps.find((s) => s.kind !== null && STACK_KINDS.has(s.kind));
        if (!step) continue;
        const named = step.params.stack as string | null;
        ctx.report({
          file: c.file,
          position: step.position,
          message: `Missing \`CloudFormation Stack\` section, but step ${step.index} runs \`${step.kind === 'sam-deploy' ? 'sam deploy' : 'sam delete'}\``,
          hint: `Add \`## CloudFormation Stack\` with \`${named ?? `<prefix>-${c.id}`}\` in backticks, or set \`stackPrefix\` in docflow.config.yaml to default it to \`<stackPrefix>-${c.id}\`.`,
        });
      }
    }
  },
};
