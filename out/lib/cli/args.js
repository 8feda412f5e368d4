/** Argument parsing shared by every command (node's util.parseArgs, strict). */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './io.js';
/** Options every command takes. */
export const commonOptions = {
    root: { type: 'string' },
    docs: { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** `--quiet` / `--verbose` (they contradict each other). */
export function verbosityOption(command, values) {
    if (values.quiet && values.verbose)
        throw new UsageError(`${command}: --quiet and --verbose contradict each other`);
    return values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal';
}
/** Parses `argv` for a command; unknown options are usage errors. */
export function parseCommandArgs(command, argv, options, allowPositionals = false) {
    try {
        const parsed = parseArgs({ args: argv, options: { ...commonOptions, ...options }, allowPositionals, strict: true });
        return { values: parsed.values, positionals: parsed.positionals };
    }
    catch (e) {
        throw new UsageError(`${command}: ${e.message.replace(/\. To specify.*$/s, '')}. See \`docflow ${command} --help\`.`);
    }
}
/** Validates `--format` against the allowed values. */
export function formatOption(command, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${command}: unknown --format \`${value}\`, expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`);
}
/** The absolute project root from `--root` (default: cwd). */
export function rootOption(value, cwd) {
    return path.resolve(cwd, value ?? '.');
}
