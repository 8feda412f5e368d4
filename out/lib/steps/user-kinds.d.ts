import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type StepKind } from './kind.js';
/** Reads every `*.step.yaml` in `root/dir` (sorted). Problems are diagnostics; bad files are skipped. */
export declare function loadUserStepKinds(root: string, dir: string): Promise<{
    kinds: StepKind[];
    diagnostics: Diagnostic[];
}>;
/** Parses one step kind file. */
export declare function parseUserStepKind(file: string, text: string): {
    kind: StepKind | null;
    diagnostics: Diagnostic[];
};
