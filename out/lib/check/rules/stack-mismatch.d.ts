import { type Rule } from '../rule.js';
export declare const stackMismatch: Rule;
