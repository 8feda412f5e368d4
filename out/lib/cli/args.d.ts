import { type ParseArgsConfig } from 'node:util';
/** Options every command takes. */
export declare const commonOptions: {
    readonly root: {
        readonly type: "string";
    };
    readonly docs: {
        readonly type: "string";
    };
    readonly quiet: {
        readonly type: "boolean";
        readonly short: "q";
    };
    readonly verbose: {
        readonly type: "boolean";
    };
    readonly help: {
        readonly type: "boolean";
        readonly short: "h";
    };
};
/** How much a command prints besides its result: `--quiet` only problems, `--verbose` also infos, snippets, hints and what was skipped. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';
/** `--quiet` / `--verbose` (they contradict each other). */
export declare function verbosityOption(command: string, values: Record<string, unknown>): Verbosity;
/** Parses `argv` for a command; unknown options are usage errors. */
export declare function parseCommandArgs(command: string, argv: string[], options: NonNullable<ParseArgsConfig['options']>, allowPositionals?: boolean): {
    values: Record<string, string | boolean | undefined>;
    positionals: string[];
};
/** Validates `--format` against the allowed values. */
export declare function formatOption<T extends string>(command: string, value: string | undefined, allowed: readonly T[], fallback: T): T;
/** The absolute project root from `--root` (default: cwd). */
export declare function rootOption(value: string | undefined, cwd: string): string;
