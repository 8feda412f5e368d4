import { type CliIO } from './io.js';
/** Runs the CLI and resolves to its exit code. */
export declare function main(argv: string[], io?: CliIO): Promise<number>;
