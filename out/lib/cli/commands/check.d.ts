import { type CliIO } from '../io.js';
export declare function checkCommand(argv: string[], io: CliIO): Promise<number>;
