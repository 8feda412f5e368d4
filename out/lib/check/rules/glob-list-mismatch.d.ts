/**
 * glob-list-mismatch: a paragraph names a glob and then lists ids
 * (`` All `func-api-*` (3): `a`, `b`, `c` ``). The list is what counts; this
 * warns when the glob would have meant a different set.
 */
import type { Rule } from '../rule.js';
export declare const globListMismatch: Rule;
