import type { Position } from '../diagnostics/diagnostic.js';
import type { ForeignStep } from '../steps/kind.js';
/** A workflow step with the options docs write as sentences. */
export interface WorkflowStep extends ForeignStep {
    /** The ref after `@` of a `uses:` step. */
    ref: string | null;
    id: string | null;
    continueOnError: boolean;
    /** Keys the importer does not read (`timeout-minutes`), with their positions. */
    otherKeys: {
        key: string;
        position: Position;
    }[];
}
export interface WorkflowJob {
    id: string;
    position: Position;
    needs: string[];
    if: string | null;
    /** `uses:` of a reusable-workflow job. */
    uses: string | null;
    with: Record<string, unknown>;
    secrets: unknown;
    runsOn: unknown;
    environment: unknown;
    timeoutMinutes: number | null;
    env: Record<string, string>;
    steps: WorkflowStep[];
    otherKeys: {
        key: string;
        position: Position;
    }[];
}
export interface WorkflowFile {
    /** Path relative to the project root, `/` separators. */
    file: string;
    /** File name without extension: `deploy-cdn`. */
    base: string;
    extension: 'yml' | 'yaml';
    name: string | null;
    on: Record<string, unknown>;
    env: Record<string, string>;
    jobs: WorkflowJob[];
    /** Problems reading the file (invalid YAML, no jobs). */
    problems: {
        message: string;
        position: Position;
    }[];
}
export declare function readWorkflow(file: string, text: string): WorkflowFile;
