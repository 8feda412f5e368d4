/**
 * unrecognized-step: a step no step kind recognises. It is kept in the model
 * (kind null) but no workflow step can be generated for it. The hint is the
 * closest kind's: each kind says which words show a step was meant as it,
 * and what such a step lacks; values come from the step and the doc.
 */
import { distance } from 'fastest-levenshtein';
import { templatePathFor } from '../../cfn/facts.js';
import { cmp } from '../../diagnostics/diagnostic.js';
import { PHASES, stackOf } from '../../model/types.js';
import { md } from '../../steps/hints.js';
import { inWorkflow } from '../rule.js';
const FALLBACK = 'Use a phrasing from docs/FORMAT.md#steps, write a shell command in backticks, put a script in a fenced block under the step, or add a step kind in templates/steps/.';
export const unrecognizedStep = {
    id: 'unrecognized-step',
    description: 'A step matches no step kind.',
    run(ctx) {
        const stacks = [...new Set(ctx.components.map(stackOf).filter((s) => s !== null))].sort(cmp);
        const outputs = (stack) => ctx.stacks.byStack.get(stack)?.template?.outputs.map((o) => o.name) ?? [];
        for (const c of ctx.components) {
            for (const phase of PHASES) {
                for (const step of c.workflows[phase]?.steps ?? []) {
                    if (step.kind !== null)
                        continue;
                    const text = step.text.length > 60 ? `${step.text.slice(0, 57)}...` : step.text;
                    ctx.report({
                        file: c.file,
                        scope: inWorkflow(c, phase),
                        position: step.position,
                        message: `Unrecognized step \`${text || '(empty)'}\` in ${phase} workflow`,
                        hint: stepHint(step.source, ctx.options.stepKinds, hintContext(c, phase, stacks, outputs)) ?? FALLBACK,
                    });
                }
            }
        }
    },
};
function hintContext(c, phase, stacks, outputs) {
    return { component: c.id, stack: stackOf(c) ?? c.id, template: templatePathFor(c.options.config.paths.stackTemplates, c.id), stacks, outputs, phase };
}
/** The closest kind's hint for `step`, or null when no kind looks meant. */
export function stepHint(step, kinds, ctx) {
    // A text far longer than any phrasing is no near miss (and must not cost seconds to compare).
    if (step.text.length > 400)
        return null;
    // The project's own kinds (they carry no cues) come first, as they do in matching: a close example wins.
    const example = closestExample(step.text, kinds.filter((k) => !k.hint));
    if (example)
        return `Looks like the \`${example.kind}\` step kind; write ${md(example.text)}. Other phrasings: docs/FORMAT.md#steps.`;
    let best = null;
    for (const kind of kinds) {
        const cues = kind.hint?.cues ?? [];
        if (cues.length === 0 || !cues[0].test(step.text))
            continue;
        const score = cues.filter((c) => c.test(step.text)).length;
        if (!best || score > best.score)
            best = { kind, score };
    }
    if (!best)
        return null;
    const miss = best.kind.hint.explain(step, ctx);
    return `Looks like ${best.kind.hint.like}, but it ${miss.lacks}; write ${miss.write}. Other phrasings: docs/FORMAT.md#steps.`;
}
/** The closest one-line example of a kind without cues (a user's kind), when close enough to be a likely intent. */
function closestExample(text, kinds) {
    const normal = (t) => t.toLowerCase().replace(/`/g, '').replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();
    const t = normal(text);
    let best = null;
    for (const kind of kinds) {
        for (const e of kind.examples.filter((x) => !x.includes('\n'))) {
            const d = distance(t, normal(e));
            if (!best || d < best.d)
                best = { kind: kind.id, text: e, d };
        }
    }
    return best && best.d <= Math.max(3, Math.floor(t.length * 0.4)) ? best : null;
}
