import { type CliIO } from '../io.js';
export declare function graphCommand(argv: string[], io: CliIO): Promise<number>;
