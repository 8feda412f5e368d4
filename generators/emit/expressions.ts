/**
 * The only place GitHub expressions are built. Doc values may reference a
 * short list of contexts; everything else (notably `github.event.*`) is
 * refused by the `disallowed-context` rule and never emitted.
 */
import { isAllowedExpression } from '../steps/contexts.js';

export { isAllowedExpression };

/** Expressions docflow itself writes (never from a doc). */
const INTERNAL: ReadonlySet<string> = new Set(['inputs.environment', 'toJSON(needs)', 'github.token', 'github.ref_name']);

/** `${{ path }}` for a validated path. */
export function expression(path: string): string {
  if (!isAllowedExpression(path) && !INTERNAL.has(path)) {
    throw new Error(`refusing to emit expression \`${path}\``);
  }
  return `\${{ ${path} }}`;
}

/**
 * The `if:` of an orchestrator job. A component limited to some environments
 * (front matter `environments`) is skipped in the others; jobs after a
 * skipped one still run when nothing failed, so a skip does not cascade.
 */
export function orchestratorCondition(environments: readonly string[] | null, anyLimited: boolean, environmentPath = 'inputs.environment'): string | null {
  if (!anyLimited) return null;
  const base = '!failure() && !cancelled()';
  if (!environments) return `\${{ ${base} }}`;
  // Environment names match [A-Za-z0-9][A-Za-z0-9_.-]* (config schema), so they are safe inside the literal.
  return `\${{ ${base} && contains(fromJSON('${JSON.stringify(environments)}'), ${environmentPath}) }}`;
}

/**
 * Doc text placed in names and env values: `${{` would be evaluated by
 * GitHub, so it is broken up. The `expression-in-doc` rule reports it too.
 */
export function inert(text: string): string {
  return text.replace(/\$\{\{/g, '$ {{');
}

/** Secret names an expression path references (`secrets.X` → `X`). */
export function secretOf(path: string): string | null {
  const m = /^secrets\.([A-Za-z_][\w]*)$/.exec(path);
  return m ? m[1]! : null;
}
