import type { Colors } from 'picocolors/types.js';
/** A stream the CLI writes to. */
export interface OutStream {
    write(text: string): void;
    isTTY?: boolean;
}
/** Streams, environment and working directory. */
export interface CliIO {
    stdout: OutStream;
    stderr: OutStream;
    env: Record<string, string | undefined>;
    cwd: string;
}
/** The real process. */
export declare function processIO(): CliIO;
/** Colours only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export declare function colorsFor(stream: OutStream, env: CliIO['env']): Colors;
/** Exit codes, as actionlint: 0 clean, 1 problems, 2 usage or config error, 3 internal failure. */
export declare const ExitCode: {
    readonly ok: 0;
    readonly problems: 1;
    readonly usage: 2;
    readonly internal: 3;
};
/** A user mistake on the command line or in config: printed without a stack, exit 2. */
export declare class UsageError extends Error {
}
