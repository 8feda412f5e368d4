import { type Rule } from '../rule.js';
export declare const missingCapability: Rule;
