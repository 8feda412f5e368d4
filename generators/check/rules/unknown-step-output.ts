/**
 * unknown-step-output: a parameter reads `steps.<id>.outputs.<name>`, but no
 * earlier step of the same workflow has that id and output. GitHub would pass
 * an empty string; actionlint only catches it after generation.
 */
import { lookupId } from '../../emit/workflow/step-view.js';
import type { Step } from '../../model/types.js';
import type { Parameter } from '../../steps/parameter.js';
import type { Rule } from '../rule.js';
import { allWorkflows } from './steps.js';

export const unknownStepOutput: Rule = {
  id: 'unknown-step-output',
  severity: 'error',
  description: 'A parameter reads a steps.<id>.outputs value that no earlier step produces.',
  run(ctx) {
    for (const { c, wf } of allWorkflows(ctx.components)) {
      const produced = new Map<string, Set<string>>();
      for (const step of wf.steps) {
        for (const p of (step.params.parameters as Parameter[] | undefined) ?? []) {
          const expression = p.source?.kind === 'expression' ? p.source.expression : '';
          const m = /^steps\.([^.]+)\.outputs\.([^.]+)$/.exec(expression);
          if (!m || produced.get(m[1]!)?.has(m[2]!)) continue;
          const known = [...produced].map(([id, outs]) => [...outs].map((o) => `\`steps.${id}.outputs.${o}\``)).flat();
          ctx.report({
            file: c.file,
            position: p.position,
            message: `Unknown step output \`${expression}\` for parameter \`${p.name}\`: no earlier step has id \`${m[1]}\` with output \`${m[2]}\``,
            hint: known.length > 0 ? `Earlier steps produce ${known.slice(0, 5).join(', ')}.` : 'Add a step before it that looks the value up (`Look up `Name` from the `stack` stack outputs`), or read it from vars or secrets.',
          });
        }
        for (const [id, outs] of stepOutputs(step)) produced.set(id, new Set([...(produced.get(id) ?? []), ...outs]));
      }
    }
  },
};

/** The step ids a doc step emits and the outputs each sets: lookups, and the lookups a deploy adds for stack-output parameters. */
function stepOutputs(step: Step): [string, string[]][] {
  const out: [string, string[]][] = [];
  if (step.kind === 'stack-output-lookup') out.push([lookupId(step.index), step.params.outputs as string[]]);
  ((step.params.parameters as Parameter[] | undefined) ?? []).forEach((p, k) => {
    if (p.source?.kind === 'stack-output') out.push([lookupId(step.index, k + 1), [p.source.output]]);
  });
  return out;
}
