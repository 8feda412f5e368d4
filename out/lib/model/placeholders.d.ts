/**
 * `{BucketName}` placeholders in shell commands and scripts: each names an
 * output that an earlier lookup step of the same workflow reads. The value
 * reaches the shell through `env:` and the placeholder becomes `"${Name}"`,
 * so a doc never puts an expression into `run:`.
 */
/** A placeholder found in shell text. */
export interface Placeholder {
    name: string;
    /** Offset of `{` in the text. */
    start: number;
    end: number;
    quote: 'none' | 'double' | 'single';
}
/**
 * Every placeholder in `text`, with the quoting it sits in. Quoting nests as
 * the shell's does: a `$( … )` inside double quotes starts afresh, so the
 * `"{Id}"` in `id="$(aws … --id "{Id}")"` is inside double quotes.
 */
export declare function findPlaceholders(text: string): Placeholder[];
/** `text` with each placeholder replaced by a quoted shell reference to its env var. */
export declare function wirePlaceholders(text: string): string;
