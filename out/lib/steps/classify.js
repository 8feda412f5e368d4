/**
 * Turns a workflow's step items into typed steps: the first kind that matches
 * wins, unmatched steps are kept with kind null, and bare `sam deploy`
 * parameters are wired to earlier lookups of the same name.
 */
import { NO_STEP_OPTIONS } from '../model/types.js';
import { noFacts } from './kind.js';
/** Classifies each item in order with `kinds` (user kinds first, then built-ins). */
export function classifySteps(sources, kinds) {
    const problems = [];
    const steps = sources.map((source, i) => {
        for (const kind of kinds) {
            const match = kind.match(source);
            if (!match)
                continue;
            problems.push(...match.problems);
            return { index: i + 1, text: source.text, kind: kind.id, params: match.params, facts: match.facts, recognised: match, options: NO_STEP_OPTIONS, source, position: source.position };
        }
        return { index: i + 1, text: source.text, kind: null, params: {}, facts: noFacts(), recognised: null, options: NO_STEP_OPTIONS, source, position: source.position };
    });
    wireParameters(steps);
    return { steps, problems };
}
/** Wires each consumed value without a source to the earliest earlier step that produces one of its name. */
function wireParameters(steps) {
    const produced = new Map();
    for (const step of steps) {
        for (const p of step.facts.consumes) {
            const from = p.source === null ? produced.get(p.name) : undefined;
            if (from !== undefined)
                p.source = { kind: 'lookup', step: from, output: p.name };
        }
        for (const out of step.facts.produces)
            if (!produced.has(out.value))
                produced.set(out.value, step.index);
    }
}
