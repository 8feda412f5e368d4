/**
 * The only place GitHub expressions are built. Doc values may reference a
 * short list of contexts; everything else (notably `github.event.*`) is
 * refused by the `disallowed-context` rule and never emitted.
 */
import { isAllowedExpression } from '../steps/contexts.js';
export { isAllowedExpression };
/** Expressions docflow itself writes (never from a doc). */
const INTERNAL = new Set(['inputs.environment', 'toJSON(needs)', 'github.token', 'github.ref_name']);
/** `${{ path }}` for a validated path. */
export function expression(path) {
    if (!isAllowedExpression(path) && !INTERNAL.has(path)) {
        throw new Error(`refusing to emit expression \`${path}\``);
    }
    return `\${{ ${path} }}`;
}
/**
 * `${{ a || b || 'literal' }}`: the first of validated paths that is set, else an
 * optional literal (a config-checked name such as an environment).
 */
export function firstSet(paths, fallback = null) {
    if (paths.length === 1 && fallback === null)
        return expression(paths[0]);
    const inner = paths.map((path) => expression(path).slice(4, -3));
    if (fallback !== null) {
        if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(fallback))
            throw new Error(`refusing to emit literal \`${fallback}\``);
        inner.push(`'${fallback}'`);
    }
    return `\${{ ${inner.join(' || ')} }}`;
}
/**
 * The `if:` of an orchestrator job. A component limited to some environments
 * (front matter `environments`) is skipped in the others; jobs after a
 * skipped one still run when nothing failed, so a skip does not cascade.
 */
export function orchestratorCondition(environments, anyLimited, environmentPath = 'inputs.environment') {
    if (!anyLimited)
        return null;
    const base = '!failure() && !cancelled()';
    if (!environments)
        return `\${{ ${base} }}`;
    // Environment names match [A-Za-z0-9][A-Za-z0-9_.-]* (config schema), so they are safe inside the literal.
    return `\${{ ${base} && contains(fromJSON('${JSON.stringify(environments)}'), ${environmentPath}) }}`;
}
/**
 * Doc text placed in names and env values: `${{` would be evaluated by
 * GitHub, so it is broken up. The `expression-in-doc` rule reports it too.
 */
export function inert(text) {
    return text.replace(/\$\{\{/g, '$ {{');
}
/** Secret names an expression path references (`secrets.X` → `X`). */
export function secretOf(path) {
    const m = /^secrets\.([A-Za-z_][\w]*)$/.exec(path);
    return m ? m[1] : null;
}
