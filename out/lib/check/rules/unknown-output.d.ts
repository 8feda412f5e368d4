/**
 * unknown-output: a lookup, or a parameter read from a stack output, names an
 * output that the looked-up stack's template does not declare. It would fail
 * at run time, after earlier stacks had already deployed.
 */
import { type Rule } from '../rule.js';
export declare const unknownOutput: Rule;
