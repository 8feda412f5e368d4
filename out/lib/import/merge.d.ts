import type { Config } from '../config/types.js';
import type { ImportFinding } from './model.js';
import type { ImportResult } from './run.js';
export declare function mergeDocs(result: ImportResult, existing: ReadonlyMap<string, string>, config: Config): {
    docs: Map<string, string>;
    findings: ImportFinding[];
};
