import { type Verbosity } from '../args.js';
import { type CliIO } from '../io.js';
import { type ReportFormat } from '../report.js';
export declare function generateCommand(argv: string[], io: CliIO): Promise<number>;
/** One `generate` run. */
export declare function generateOnce(values: Record<string, string | boolean | undefined>, io: CliIO, format: ReportFormat, verbosity: Verbosity): Promise<number>;
