import { type CliIO } from '../io.js';
export declare function importCommand(argv: string[], io: CliIO): Promise<number>;
