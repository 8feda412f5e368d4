/** `paths.stackTemplates` as a regular expression (no imports: the pre-commit hook and the watch read it first). */
/** A regular expression matching exactly `pattern` with `{id}` standing for any non-empty text without a `/`. */
export declare function templatePatternRegExp(pattern: string): RegExp;
