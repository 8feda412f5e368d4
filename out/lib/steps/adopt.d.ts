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
