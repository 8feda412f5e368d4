/**
 * Turns a workflow's step items into typed steps: the first kind that matches
 * wins, unmatched steps are kept with kind null, and bare `sam deploy`
 * parameters are wired to earlier lookups of the same name.
 */
import { type Step, type StepSource } from '../model/types.js';
import { type StepKind, type StepProblem } from './kind.js';
/** Steps of one workflow, plus what the kinds noticed. */
export interface ClassifiedSteps {
    steps: Step[];
    problems: StepProblem[];
}
/** Classifies each item in order with `kinds` (user kinds first, then built-ins). */
export declare function classifySteps(sources: readonly StepSource[], kinds: readonly StepKind[]): ClassifiedSteps;
