import { type CliIO } from '../io.js';
export declare function hooksCommand(argv: string[], io: CliIO): Promise<number>;
