/**
 * missing-steps: a Deploy or Delete Workflow section with no step list.
 * Nothing could be generated for it, so it is an error, unless the front
 * matter makes the workflow one call of a reusable workflow (`calls`).
 */
import { type Rule } from '../rule.js';
export declare const missingSteps: Rule;
