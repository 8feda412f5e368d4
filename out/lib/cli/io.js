/** What the CLI touches of the outside world, injectable for tests. */
import pc from 'picocolors';
/** The real process. */
export function processIO() {
    return {
        stdout: { write: (t) => void process.stdout.write(t), isTTY: process.stdout.isTTY },
        stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY },
        env: process.env,
        cwd: process.cwd(),
    };
}
/** Colours only on a TTY, and never when NO_COLOR is set (https://no-color.org). */
export function colorsFor(stream, env) {
    const enabled = !!stream.isTTY && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
    return pc.createColors(enabled);
}
/** Exit codes, as actionlint: 0 clean, 1 problems, 2 usage or config error, 3 internal failure. */
export const ExitCode = { ok: 0, problems: 1, usage: 2, internal: 3 };
/** A user mistake on the command line or in config: printed without a stack, exit 2. */
export class UsageError extends Error {
}
