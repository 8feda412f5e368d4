import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Config } from './types.js';
/** One diagnostic per configured folder that is not safely inside `root`; `docsFromFlag` marks a `--docs` override. */
export declare function configPathDiagnostics(root: string, config: Config, configFile: string | null, docsFromFlag: boolean): Promise<Diagnostic[]>;
