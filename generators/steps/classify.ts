/**
 * Turns a workflow's step items into typed steps: the first kind that matches
 * wins, unmatched steps are kept with kind null, and bare `sam deploy`
 * parameters are wired to earlier lookups of the same name.
 */
import { NO_STEP_OPTIONS, type Step, type StepSource } from '../model/types.js';
import type { StepKind, StepProblem } from './kind.js';
import type { Parameter } from './parameter.js';

/** Steps of one workflow, plus what the kinds noticed. */
export interface ClassifiedSteps {
  steps: Step[];
  problems: StepProblem[];
}

/** Classifies each item in order with `kinds` (user kinds first, then built-ins). */
export function classifySteps(sources: readonly StepSource[], kinds: readonly StepKind[]): ClassifiedSteps {
  const problems: StepProblem[] = [];
  const steps = sources.map((source, i): Step => {
    for (const kind of kinds) {
      const match = kind.match(source);
      if (!match) continue;
      problems.push(...(match.problems ?? []));
      return { index: i + 1, text: source.text, kind: kind.id, params: match.params, options: NO_STEP_OPTIONS, source, position: source.position };
    }
    return { index: i + 1, text: source.text, kind: null, params: {}, options: NO_STEP_OPTIONS, source, position: source.position };
  });
  wireParameters(steps);
  return { steps, problems };
}

/** Outputs produced by lookup steps, by name, with the earliest step that produces each. */
function wireParameters(steps: Step[]): void {
  const produced = new Map<string, number>();
  for (const step of steps) {
    if (step.kind === 'sam-deploy') {
      for (const p of step.params.parameters as Parameter[]) {
        const from = p.source === null ? produced.get(p.name) : undefined;
        if (from !== undefined) p.source = { kind: 'lookup', step: from, output: p.name };
      }
    }
    if (step.kind === 'stack-output-lookup') {
      for (const out of step.params.outputs as string[]) if (!produced.has(out)) produced.set(out, step.index);
    }
  }
}
