/**
 * Small readers the step kinds share when `docflow import` asks them to adopt
 * a hand-written workflow step (see `adopt` in kind.ts).
 */
/** `${{ … }}` anywhere in `text`. */
export declare function hasExpression(text: string): boolean;
/**
 * The `run:` text as one command line (backslash continuations joined), or
 * null when it holds more than one command, a comment or a heredoc.
 */
export declare function singleCommand(run: string | null): string | null;
/** An `Env:` value a script reads instead of an expression pasted into its text. */
export interface ScriptValue {
    name: string;
    source: string;
}
/**
 * Moves every `${{ … }}` out of a script into `env:`: each becomes `${NAME}`
 * (in single quotes `'"${NAME}"'`) and an `Env:` value with its doc source.
 * `env.X` and runner-exported `github.*` values need no entry. What cannot be
 * moved (a context docs may not name, an expression inside a quoted heredoc)
 * is left as written and listed in `unmapped`, so `check` stops the workflow.
 */
export declare function moveExpressions(run: string, source: (value: string) => string | null): {
    script: string;
    env: ScriptValue[];
    unmapped: string[];
};
/**
 * The stacks a script's commands name with `--stack-name`: deployed by
 * `cloudformation deploy`/`sam deploy`, deleted by `delete-stack`/`sam delete`,
 * else read. Continuation lines are joined first.
 */
export declare function stacksInScript(script: string): {
    action: 'deploy' | 'delete' | 'read';
    name: string;
}[];
/**
 * The words of a one-command `run:` as the shell passes them (quotes
 * removed), each `${{ … }}` kept whole inside its word; null when the line
 * holds anything whose words depend on the shell at run time (a variable, a
 * glob, a redirection, a pipe, a command substitution, an escape). The kinds
 * compare these words with the words their own step would pass.
 */
export declare function commandWords(run: string | null): string[] | null;
/** A word that is one plain value: no whitespace, quotes or backslash, which a kind's step would quote or pass differently. */
export declare function plainWord(word: string): boolean;
/**
 * Reads `--flag value` from `words` at `at` when the flag is there: the value,
 * and moves `at` past it; undefined when the flag is not next; null when it is
 * but its value is missing (another flag).
 */
export declare function takeFlag(words: readonly string[], at: {
    i: number;
}, flag: string): string | null | undefined;
/** The words from `at` up to the next `--flag` (a list option's values), moving `at` past them. */
export declare function takeList(words: readonly string[], at: {
    i: number;
}): string[];
/** A value as a doc writes it after a name: `(from …)` or `` (value: `x`) ``; null when no source can say it. */
export declare function sourcePart(value: string, source: (value: string) => string | null): string | null;
/** A literal name a step may hold in backticks: a stack, a path, a bucket (no expression, nothing the shell would read). */
export declare function literalName(value: string | null | undefined): value is string;
/** A step output a script writes that is another stack's output. */
export interface LookedUp {
    /** The step output it writes (`steps.<id>.outputs.<name>`). */
    name: string;
    stack: string;
    output: string;
}
/**
 * The stack outputs a script that does nothing but look them up writes to
 * `$GITHUB_OUTPUT` (`describe-stacks … --query "…OutputKey=='X'…" --output text`
 * through a helper function or a variable, one `echo "name=…"` each); null when
 * the script does anything else. What a merge compares: the same value
 * a doc reads from the stack.
 */
export declare function lookedUp(run: string | null): LookedUp[] | null;
