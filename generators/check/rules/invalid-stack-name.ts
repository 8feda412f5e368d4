/**
 * invalid-stack-name: a stack name breaks CloudFormation's rule (a letter,
 * then letters, digits and hyphens, at most 128). Checked wherever a stack is
 * named: the section, deploy/delete steps, lookups and parameter sources.
 */
import type { Position } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import { allSteps, stackUseWhere } from './steps.js';

const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

export const invalidStackName: Rule = {
  id: 'invalid-stack-name',
  severity: 'error',
  description: "A stack name does not satisfy CloudFormation's naming rule.",
  run(ctx) {
    const check = (file: string, name: string, position: Position, where: string) => {
      if (STACK_NAME.test(name)) return;
      ctx.report({
        file,
        position,
        message: `Invalid stack name \`${name}\` in ${where}, expected a letter followed by letters, digits or hyphens (at most 128)`,
        hint: 'CloudFormation stack names match [A-Za-z][-A-Za-z0-9]*.',
      });
    };
    for (const c of ctx.components) if (c.stack) check(c.file, c.stack.value, c.stack.position, '`CloudFormation Stack`');
    for (const { c, step } of allSteps(ctx.components)) {
      for (const use of step.facts.stacks) if (use.name) check(c.file, use.name.value, use.name.position, stackUseWhere(step, use));
    }
  },
};
