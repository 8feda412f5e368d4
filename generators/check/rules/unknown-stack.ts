/**
 * unknown-stack: a lookup or a stack-output parameter source names a stack
 * that no component doc declares. Usually a typo; if the stack really lives
 * outside these docs, nothing orders or guards it, so it is worth a warning.
 */
import { stackOf } from '../../model/types.js';
import type { Position } from '../../diagnostics/diagnostic.js';
import type { Parameter } from '../../steps/parameter.js';
import type { Rule } from '../rule.js';
import { allSteps } from './steps.js';

export const unknownStack: Rule = {
  id: 'unknown-stack',
  severity: 'warning',
  description: "A lookup names a stack that is not any component's stack.",
  run(ctx) {
    const stacks = new Set(ctx.components.map(stackOf).filter((s): s is string => s !== null));
    const check = (file: string, stack: string, position: Position, where: string) => {
      if (stacks.has(stack)) return;
      ctx.report({
        file,
        position,
        message: `Unknown stack \`${stack}\` in ${where}: no component doc declares it`,
        hint: 'Fix the stack name, or add a doc for the component that owns it so the deploy order and guards cover it.',
      });
    };
    for (const { c, step } of allSteps(ctx.components)) {
      if (step.kind === 'stack-output-lookup') check(c.file, step.params.stack as string, (step.params.stackPosition as Position | null) ?? step.position, `step ${step.index}`);
      if (step.kind === 'sam-deploy') {
        for (const p of step.params.parameters as Parameter[]) if (p.source?.kind === 'stack-output') check(c.file, p.source.stack, p.position, `the source of \`${p.name}\``);
      }
    }
  },
};
