/**
 * The `docflow` CLI: parses the command, runs it, maps outcomes to exit
 * codes. A user mistake never prints a stack trace; an internal failure
 * prints one line (and the stack with DOCFLOW_DEBUG=1) and exits 3.
 */
import { checkCommand } from './commands/check.js';
import { fixCommand } from './commands/fix.js';
import { generateCommand } from './commands/generate.js';
import { graphCommand } from './commands/graph.js';
import { modelCommand } from './commands/model.js';
import { commandHelp, mainHelp } from './help.js';
import { type CliIO, ExitCode, processIO, UsageError } from './io.js';

type Command = (argv: string[], io: CliIO) => Promise<number>;

const commands: Record<string, Command> = {
  check: checkCommand,
  generate: generateCommand,
  fix: fixCommand,
  model: modelCommand,
  graph: graphCommand,
};

/** Runs the CLI and resolves to its exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(mainHelp);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('docflow 0.1.0\n');
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
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`docflow: ${e.message}\n`);
      return ExitCode.usage;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr.write(`docflow: internal error: ${err.message}\nThis is a bug in docflow; please report it with the command you ran.${io.env.DOCFLOW_DEBUG ? `\n${err.stack}` : ' (DOCFLOW_DEBUG=1 shows the stack.)'}\n`);
    return ExitCode.internal;
  }
}
