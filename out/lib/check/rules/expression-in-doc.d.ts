/**
 * expression-in-doc: doc text that reaches a workflow contains `${{`. GitHub
 * would evaluate it (in names, env and run), so a doc could inject
 * expressions. Values must come from `(from …)` sources instead.
 */
import { type Rule } from '../rule.js';
export declare const expressionInDoc: Rule;
