/**
 * The only place GitHub expressions are built. Doc values may reference a
 * short list of contexts; everything else (notably `github.event.*`) is
 * refused by the `disallowed-context` rule and never emitted.
 */
import { isAllowedExpression } from '../steps/contexts.js';
export { isAllowedExpression };
/** `${{ path }}` for a validated path. */
export declare function expression(path: string): string;
/**
 * `${{ a || b || 'literal' }}`: the first of validated paths that is set, else an
 * optional literal (a config-checked name such as an environment).
 */
export declare function firstSet(paths: readonly string[], fallback?: string | null): string;
/**
 * The `if:` of an orchestrator job. A component limited to some environments
 * (front matter `environments`) is skipped in the others; jobs after a
 * skipped one still run when nothing failed, so a skip does not cascade.
 */
export declare function orchestratorCondition(environments: readonly string[] | null, anyLimited: boolean, environmentPath?: string): string | null;
/**
 * Doc text placed in names and env values: `${{` would be evaluated by
 * GitHub, so it is broken up. The `expression-in-doc` rule reports it too.
 */
export declare function inert(text: string): string;
/** Secret names an expression path references (`secrets.X` → `X`). */
export declare function secretOf(path: string): string | null;
