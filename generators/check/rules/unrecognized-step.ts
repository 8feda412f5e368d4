/**
 * unrecognized-step: a step no step kind recognises. It is kept in the model
 * (kind null) but no workflow step can be generated for it.
 */
import { distance } from 'fastest-levenshtein';
import { PHASES } from '../../model/types.js';
import { builtinStepKinds } from '../../steps/registry.js';
import { inWorkflow, type Rule } from '../rule.js';

/** One-line phrasings of the built-in kinds, to suggest the closest. */
const PHRASES = builtinStepKinds.flatMap((k) => k.examples.filter((e) => !e.includes('\n')));
const normal = (t: string) => t.toLowerCase().replace(/`/g, '').replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();

/** The closest known phrasing, when it is close enough to be a likely intent. */
function closestPhrase(text: string): string | null {
  const t = normal(text);
  // Distance is at least the length difference: a text over twice the longest phrasing is never within 40%
  // (and comparing a megabyte of text would cost seconds).
  if (t.length > 2 * Math.max(...PHRASES.map((p) => p.length))) return null;
  let best: string | null = null;
  let score = Infinity;
  for (const p of PHRASES) {
    const d = distance(t, normal(p));
    if (d < score) [best, score] = [p, d];
  }
  return best !== null && score <= Math.max(3, Math.floor(t.length * 0.4)) ? best : null;
}

/**
 * The suggestion in the doc's own words: each code span of the built-in
 * phrasing becomes the doc's code span at the same place, or `<name>`, so a
 * hint never names a stack or a file of docflow's bundled example.
 */
function ownWords(phrasing: string, text: string): string {
  const own = [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  let k = 0;
  // A bare command (`sam deploy`, `aws cloudformation deploy`, `npm ci`) is part of the phrasing; every other span is a value.
  return phrasing.replace(/`([^`]+)`/g, (span, value: string) => (/^(?:sam [a-z]+|aws cloudformation [a-z-]+|npm (?:ci|run build))$/.test(value) ? span : `\`${own[k++] ?? '<name>'}\``));
}

export const unrecognizedStep: Rule = {
  id: 'unrecognized-step',
  description: 'A step matches no step kind.',
  run(ctx) {
    for (const c of ctx.components) {
      for (const phase of PHASES) {
        for (const step of c.workflows[phase]?.steps ?? []) {
          if (step.kind !== null) continue;
          const text = step.text.length > 60 ? `${step.text.slice(0, 57)}...` : step.text;
          const found = closestPhrase(step.text);
          const closest = found ? ownWords(found, step.text) : null;
          ctx.report({
            file: c.file,
            scope: inWorkflow(c, phase),
            position: step.position,
            message: `Unrecognized step \`${text || '(empty)'}\` in ${phase} workflow`,
            hint: `${closest ? `Did you mean \`${closest}\`? Otherwise use` : 'Use'} a phrasing from docs/FORMAT.md#steps, write a shell command in backticks, put a script in a fenced block under the step, or add a step kind in templates/steps/.`,
          });
        }
      }
    }
  },
};
