/**
 * The `docflow` CLI: parses the command, runs it, maps outcomes to exit
 * codes. A user mistake never prints a stack trace; an internal failure
 * prints one line (and the stack with DOCFLOW_DEBUG=1) and exits 3.
 */
import { commandHelp, mainHelp } from './help.js';
import { ExitCode, processIO, UsageError } from './io.js';
import { DOCFLOW_VERSION } from '../version.js';
// Loaded on demand: a pre-commit hook with nothing to do must not pay for the whole pipeline.
const commands = {
    check: async () => (await import('./commands/check.js')).checkCommand,
    generate: async () => (await import('./commands/generate.js')).generateCommand,
    fix: async () => (await import('./commands/fix.js')).fixCommand,
    import: async () => (await import('./commands/import.js')).importCommand,
    model: async () => (await import('./commands/model.js')).modelCommand,
    graph: async () => (await import('./commands/graph.js')).graphCommand,
    plan: async () => (await import('./commands/plan.js')).planCommand,
    new: async () => (await import('./commands/new.js')).newCommand,
    hooks: async () => (await import('./commands/hooks.js')).hooksCommand,
};
/** Runs the CLI and resolves to its exit code. */
export async function main(argv, io = processIO()) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
        io.stdout.write(mainHelp);
        return name === undefined ? ExitCode.usage : ExitCode.ok;
    }
    if (name === '--version' || name === '-v') {
        io.stdout.write(`docflow ${DOCFLOW_VERSION}\n`);
        return ExitCode.ok;
    }
    const command = commands[name];
    if (!command) {
        io.stderr.write(`docflow: unknown command \`${name}\`, expected one of ${Object.keys(commands).map((c) => `\`${c}\``).join(', ')}. See \`docflow --help\`.\n`);
        return ExitCode.usage;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout.write(commandHelp[name] ?? mainHelp);
        return ExitCode.ok;
    }
    try {
        return await (await command())(rest, io);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr.write(`docflow: ${e.message}\n`);
            return ExitCode.usage;
        }
        const err = e instanceof Error ? e : new Error(String(e));
        io.stderr.write(`docflow: internal error: ${err.message}\nThis is a bug in docflow; please report it with the command you ran.${io.env.DOCFLOW_DEBUG ? `\n${err.stack}` : ' (DOCFLOW_DEBUG=1 shows the stack.)'}\n`);
        return ExitCode.internal;
    }
}
