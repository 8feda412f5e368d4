/**
 * Workflow values (`${{ secrets.X }}`, `https://${{ vars.D }}`, `eu-west-1`)
 * as docs and config write them: a doc source (`from secrets.X`,
 * `` from `https://` + vars.D ``, `` value: `eu-west-1` ``) or a config value
 * source (`{ secret: X }`, `{ template: "https://{vars.D}" }`). A value that
 * reads a context docs may not name has neither.
 */
import type { ValueSource } from '../config/types.js';
/** A value split into literal text and expressions, in order. */
type Piece = {
    text: string;
} | {
    expression: string;
};
export declare function pieces(value: string): Piece[] | null;
/** A whole `${{ … }}` value's expression, or null. */
export declare function onlyExpression(value: string): string | null;
/** The text inside a doc source's parentheses, or null. */
export declare function docSource(value: string): string | null;
/** The same value as a config value source, or null. */
export declare function valueSource(value: string): ValueSource | null;
/** A condition without its `${{ }}`. */
export declare function bareCondition(value: string | boolean | undefined): string | null;
/**
 * A value as a list of value sources of which the first that is set wins
 * (`${{ inputs.handbook_ref || github.ref_name }}`), or null. A single source
 * is a list of one.
 */
export declare function firstSetSources(value: string): ValueSource[] | null;
export {};
