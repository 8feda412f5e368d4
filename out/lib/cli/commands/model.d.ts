import { type CliIO } from '../io.js';
export declare function modelCommand(argv: string[], io: CliIO): Promise<number>;
