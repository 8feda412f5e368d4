/**
 * The GitHub expression contexts a doc's parameter sources may reference.
 * The `disallowed-context` rule reports the others; the emitter refuses to
 * write them.
 */
/** Contexts a doc may reference in a parameter source. */
export const ALLOWED_CONTEXTS = new Set(['vars', 'secrets', 'inputs', 'steps', 'env']);
const PATH = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+$/;
/** True when `path` (e.g. `vars.TABLE_NAME`) is a well-formed reference to an allowed context. */
export function isAllowedExpression(path) {
    if (!PATH.test(path))
        return false;
    const [root, second, third] = path.split('.');
    if (!ALLOWED_CONTEXTS.has(root))
        return false;
    // steps.<id>.outputs.<name> only: `steps.x.conclusion` etc. are not values.
    if (root === 'steps')
        return third === 'outputs' && path.split('.').length === 4 && !!second;
    return path.split('.').length === 2;
}
