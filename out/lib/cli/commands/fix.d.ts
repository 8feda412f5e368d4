import { type CliIO } from '../io.js';
export declare function fixCommand(argv: string[], io: CliIO): Promise<number>;
