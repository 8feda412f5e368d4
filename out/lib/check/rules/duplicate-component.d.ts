/**
 * duplicate-component: two docs declare the same component id. Reported on
 * every doc after the first (by path), pointing back at the first.
 */
import { type Rule } from '../rule.js';
export declare const duplicateComponent: Rule;
