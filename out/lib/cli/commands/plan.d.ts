import { type CliIO } from '../io.js';
export declare function planCommand(argv: string[], io: CliIO): Promise<number>;
