/** Where a condition sits: a step (may read `env` and earlier steps) or a job. */
export type ConditionScope = {
    kind: 'step';
    earlierSteps: ReadonlySet<string>;
} | {
    kind: 'job';
};
/** Why a condition was refused, or null when it is fine. */
export type ConditionProblem = {
    message: string;
    hint: string;
};
/** Parses and checks `text` (no `${{ }}`). */
export declare function checkCondition(text: string, scope: ConditionScope): ConditionProblem | null;
