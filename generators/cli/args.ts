/** Argument parsing shared by every command (node's util.parseArgs, strict). */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

/** Options every command takes. */
export const commonOptions = {
  root: { type: 'string' },
  docs: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** How much a command prints besides its result: `--quiet` only problems, `--verbose` also infos, snippets, hints and what was skipped. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

/** `--quiet` / `--verbose` (they contradict each other). */
export function verbosityOption(command: string, values: Record<string, unknown>): Verbosity {
  if (values.quiet && values.verbose) throw new UsageError(`${command}: --quiet and --verbose contradict each other`);
  return values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal';
}

/** Parses `argv` for a command; unknown options are usage errors. */
export function parseCommandArgs(command: string, argv: string[], options: NonNullable<ParseArgsConfig['options']>, allowPositionals = false): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, options: { ...commonOptions, ...options }, allowPositionals, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.replace(/\. To specify.*$/s, '')}. See \`docflow ${command} --help\`.`);
  }
}

/** Validates `--format` against the allowed values. */
export function formatOption<T extends string>(command: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${command}: unknown --format \`${value}\`, expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`);
}

/** The absolute project root from `--root` (default: cwd). */
export function rootOption(value: string | undefined, cwd: string): string {
  return path.resolve(cwd, value ?? '.');
}
