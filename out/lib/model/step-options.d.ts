/**
 * Step options in the doc's own words: a paragraph inside a step's list item
 * whose sentences set the generated step's `id`, `if`, `continue-on-error`,
 * `working-directory` and `env`. Once a paragraph starts with an option,
 * every sentence in it must be one, so a typo is reported, never dropped.
 */
import type { StepProblem } from '../steps/kind.js';
import { type StepOptions, type StepSource } from './types.js';
/** Why `dir` cannot be a step's working directory, or null when it can: a relative path inside the repository. */
export declare function workingDirectoryProblem(dir: string): string | null;
/** Reads the option paragraphs among a step's notes. */
export declare function readStepOptions(source: StepSource): {
    options: StepOptions;
    problems: StepProblem[];
};
