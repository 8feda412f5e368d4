/** Shared walks over every workflow and every step. */
import type { Component, Phase, Step, Workflow } from '../../model/types.js';
import type { StackUse } from '../../steps/kind.js';
/** Each workflow with its component and phase, in doc order. */
export declare function allWorkflows(components: readonly Component[]): Generator<{
    c: Component;
    phase: Phase;
    wf: Workflow;
}>;
/** Each step with its component and phase, in doc order. */
export declare function allSteps(components: readonly Component[]): Generator<{
    c: Component;
    phase: Phase;
    step: Step;
}>;
/** Where a step names a stack, for messages: `step 3`, or the source of the parameter it feeds. */
export declare function stackUseWhere(step: Step, use: StackUse): string;
