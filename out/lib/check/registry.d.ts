/**
 * The check rules, in the order they run. Output order does not depend on
 * this: diagnostics are sorted afterwards.
 */
import type { Rule } from './rule.js';
/** All built-in rules. */
export declare const rules: readonly Rule[];
