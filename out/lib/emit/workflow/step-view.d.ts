/**
 * How a classified doc step becomes workflow steps: each step kind's `emit`
 * (in its module under `steps/kinds/`) prepares the values its template
 * places. Emitters are pure.
 */
import type { Config, ValueSource } from '../../config/types.js';
import type { Component, Phase, Step } from '../../model/types.js';
import type { Parameter } from '../../steps/parameter.js';
/** What a kind's `emit` sees. */
export interface StepViewContext {
    /** The doc step being emitted. */
    step: Step;
    component: Component;
    phase: Phase;
    /** The component's effective config (front matter applied). */
    config: Config;
    stack: string | null;
    /** `owner/repo@ref` for an action, pinned from config. */
    uses(repo: string): string;
    /** The step id of doc step `index` (a lookup): its own `Id` option, else `lookup-<index>`. */
    stepId(index: number): string;
    /**
     * The region another component's stack lives in, when its doc says one other than the region
     * this step runs in (null: read it here). A read of that stack sets `AWS_REGION` to it.
     */
    regionOf(stack: string): ValueSource | null;
}
/** One workflow step to render: a template name and its view. */
export interface EmittedStep {
    template: string;
    view: Record<string, unknown>;
    /** Secrets the step references (declared on workflow_call, passed by orchestrators). */
    secrets: string[];
    /** True when the step talks to AWS through OIDC (the job then needs id-token: write). */
    idToken?: boolean;
    /** Env values the doc gave the step (step options), merged over the template's `env:`. */
    extraEnv?: Record<string, string>;
    /** An `if:` from the config (e.g. `sam.install.if`); a doc's own `Only if` wins. */
    condition?: string | null;
}
/** The GitHub step name for a doc step: its text without backticks, never an expression. */
export declare function stepName(step: Step): string;
/** A config value source as a YAML value: `${{ secrets.X }}`, `${{ vars.X }}`, `${{ inputs.X }}`, the literal, or the composed template. */
export declare function sourceValue(source: ValueSource): string;
/**
 * The first of several value sources that is set (`${{ inputs.ref || github.ref_name }}`).
 * The schema allows only secrets, variables, inputs and github values in a list of several.
 */
export declare function firstSetValue(sources: readonly ValueSource[]): string;
/** Secrets a value source needs. */
export declare function sourceSecrets(source: ValueSource): string[];
/** The env that makes the AWS CLI of one step call another region (the job's credentials work in every region). */
export declare function regionEnv(region: ValueSource): Record<string, string>;
/** The step id of lookup step `index` (and its k-th implicit lookup for a deploy). */
export declare function lookupId(index: number, k?: number): string;
/** `a b c` from a list, for a space-separated env value. */
export declare function words(list: readonly string[]): string;
/**
 * The YAML value of a doc value (a `sam deploy` parameter or a step's env
 * value), the secrets it uses, and the lookup step it needs first when it
 * reads another stack's output (`lookupStep` is that step's id).
 */
export declare function parameterValue(p: Parameter, ctx: StepViewContext, lookupStep: string): {
    value: string;
    secrets: string[];
    pre: EmittedStep[];
};
