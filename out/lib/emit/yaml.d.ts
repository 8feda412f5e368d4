/** Options for {@link emitYaml}. */
export interface EmitOptions {
    /** Comment lines placed before the document. */
    header?: string[];
    /** A line comment after a scalar with this exact value (e.g. a pinned SHA → `# v4.2.2`). */
    trailingComments?: ReadonlyMap<string, string>;
}
/** Serialises a workflow object canonically. */
export declare function emitWorkflowYaml(workflow: Record<string, unknown>, options?: EmitOptions): string;
/** Serialises any plain value canonically (insertion order kept). */
export declare function emitYaml(value: unknown, options?: EmitOptions): string;
/**
 * Line ranges (1-based, inclusive) of the steps of job `jobId` in a workflow
 * {@link emitWorkflowYaml} wrote, for mapping findings back to doc steps.
 * That output's layout is fixed (two-space indents, sequences indented under
 * their key, no folding, block scalars indented under their key), so a line
 * scan finds the items without parsing the YAML again. A job id the scan
 * does not find as a plain key (one YAML quotes) is looked up by parsing.
 */
export declare function workflowStepLines(text: string, jobId: string): {
    start: number;
    end: number;
}[];
/** The line scan of {@link workflowStepLines} alone (empty when it does not find the job's steps). */
export declare function scanStepLines(text: string, jobId: string): {
    start: number;
    end: number;
}[];
