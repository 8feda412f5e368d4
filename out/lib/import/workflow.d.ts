/**
 * One hand-written component workflow → the steps of its doc workflow, its
 * front matter options and the settings it implies. Each step goes to the
 * step kinds in registry order (`adopt`); the first answer wins. Step options
 * (`id`, `if`, `continue-on-error`, `working-directory`, `env`) are written
 * as the doc's option sentences. Whatever cannot be said is a finding.
 */
import type { Phase } from '../model/types.js';
import type { StepKind } from '../steps/kind.js';
import type { FoundSetting, ImportedWorkflow, ImportFinding } from './model.js';
import type { WorkflowFile } from './read.js';
export interface WorkflowImport {
    workflow: ImportedWorkflow;
    settings: FoundSetting[];
    findings: ImportFinding[];
    /** The phase job's id. */
    jobId: string | null;
}
/** `${{ inputs.x }}` or `${{ inputs.x || 'dev' }}`: the input and the environment it falls back to. */
export declare function environmentOf(value: unknown): {
    input: string;
    fallback: string | null;
} | null;
export declare function importWorkflow(wf: WorkflowFile, component: string, phase: Phase, kinds: readonly StepKind[]): WorkflowImport;
