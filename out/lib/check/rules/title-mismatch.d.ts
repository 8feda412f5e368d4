/**
 * title-mismatch: the H1 (the component id) differs from the file name.
 * Links, workflow names and diagrams all key on the id, so they must agree.
 */
import { type Rule } from '../rule.js';
export declare const titleMismatch: Rule;
