import { type CliIO } from '../io.js';
export declare function newCommand(argv: string[], io: CliIO): Promise<number>;
