/** A command split into named options (last wins) and the remaining tokens. */
export interface ParsedCommand {
    options: Map<string, string[]>;
    /** Tokens not consumed as a known option, as written (quotes removed). */
    rest: string[];
    /** Shell syntax the command used that docflow cannot pass on as arguments. */
    unsupported: string[];
}
/**
 * Splits `args` (the text after `sam build` etc.) into words; `valued` lists
 * the options that take values (long and short spellings), mapped to a
 * canonical name. Values of options in `variableOk` may be `$VAR`.
 */
export declare function parseCommand(args: string, valued: Record<string, string>, multi?: ReadonlySet<string>, variableOk?: ReadonlySet<string>): ParsedCommand;
/** The problem to report for a command's unsupported syntax, if any. */
export declare function unsupportedSyntax(parsed: ParsedCommand): string | null;
