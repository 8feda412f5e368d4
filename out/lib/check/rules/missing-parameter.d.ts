/**
 * missing-parameter: the template declares a parameter without a `Default`
 * and the deploy step does not pass it (nor the samconfig.toml it reads).
 * CloudFormation rejects the deploy.
 */
import { type Rule } from '../rule.js';
export declare const missingParameter: Rule;
