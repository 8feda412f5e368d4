/**
 * unknown-parameter: the deploy step passes a parameter that the template
 * does not declare. `sam deploy` fails on it before it changes anything.
 */
import { type Rule } from '../rule.js';
export declare const unknownParameter: Rule;
