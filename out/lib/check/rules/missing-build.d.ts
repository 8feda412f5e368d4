/**
 * missing-build: a `sam deploy` step with no `sam build` step before it in
 * the same workflow. sam would deploy a stale or missing build.
 */
import { type Rule } from '../rule.js';
export declare const missingBuild: Rule;
