/**
 * The GitHub expression contexts a doc's parameter sources may reference.
 * The `disallowed-context` rule reports the others; the emitter refuses to
 * write them.
 */
/** Contexts a doc may reference in a parameter source. */
export declare const ALLOWED_CONTEXTS: ReadonlySet<string>;
/** True when `path` (e.g. `vars.TABLE_NAME`) is a well-formed reference to an allowed context. */
export declare function isAllowedExpression(path: string): boolean;
