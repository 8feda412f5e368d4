/**
 * What the stack-deploying kinds (`sam deploy`, `aws cloudformation deploy`)
 * and the other AWS kinds share: the `key: value` parts of the annotated
 * form, parameters with their `(from …)` sources, capability lists, one
 * value (a bucket, a region) written as a literal, a `{Name}` lookup output
 * or a source, and the artifact bucket, region and role the config adds.
 */
import type { Config } from '../../config/types.js';
import { type EmittedStep, type StepViewContext } from '../../emit/workflow/step-view.js';
import type { StepSource } from '../../model/types.js';
import { type StackUse, type StepProblem } from '../kind.js';
import { type Parameter } from '../parameter.js';
/** The keys that name parameters in the annotated form. */
export declare const PARAMS_KEYS: Set<string>;
/**
 * The `key: value` parts of the annotated form, split on `;`, or on a comma
 * that starts another known key (`stack: `x`, parameter: `P` from vars.V`).
 * `keys` matches the start of a part that begins with a known key.
 */
export declare function annotatedParts(text: string, keys: RegExp): string[];
/** `key: value` of one annotated part; the key lower-cased ('' when there is none). */
export declare function keyValue(part: string): {
    key: string;
    value: string;
};
/** One parameter: `Name`, `Name` (from …), `Name` from …, or `Name=value`. */
export declare function readParameter(step: StepSource, text: string, problems: StepProblem[]): Parameter | null;
/** `Name=value` of the command form: a literal parameter. */
export declare function literalParameter(step: StepSource, kv: string, problems: StepProblem[]): Parameter | null;
/** The parameters of a `params:` part, comma-separated. */
export declare function readParameters(step: StepSource, text: string, problems: StepProblem[]): Parameter[];
/** Values in code spans, where one span may hold several (`` `CAPABILITY_IAM CAPABILITY_NAMED_IAM` ``). */
export declare function listValues(text: string): string[];
/** A parameter read from another stack's output reads that stack. */
export declare function outputRead(p: Parameter): StackUse[];
/**
 * One value of a step, as the doc writes it: `` `{Name}` `` (the output of
 * an earlier lookup), `` `Name` (from …) `` or `Name` from … (a source, as
 * for parameters), or `` `text` `` (the literal). `label` names the value
 * when the doc gives no name. A null result was reported in `problems`.
 */
export declare function readValue(step: StepSource, text: string, label: string, problems: StepProblem[]): Parameter | null;
/** A step value as its env value, the secrets it uses and the lookup it needs first (`k` numbers it among the step's values). */
export declare function valueEnv(p: Parameter | null, ctx: StepViewContext, k: number): {
    value: string;
    secrets: string[];
    pre: EmittedStep[];
};
/**
 * The artifact bucket, region and execution role a deploy passes (`S3_BUCKET`,
 * `DEPLOY_REGION`, `ROLE_ARN` in env). The region and role are the config's
 * (`sam.region`, `sam.roleArn`) unless the step names its own; the bucket is
 * `sam.s3Bucket` for `sam deploy` (`ownBucket` undefined), else the step's own.
 */
export declare function deployTarget(config: Config, ctx: StepViewContext, step: {
    region: Parameter | null;
    role: Parameter | null;
    bucket?: Parameter | null;
}, env: Record<string, string>, secrets: string[], pre: EmittedStep[]): void;
/** `none` for a region, role or bucket: the step passes no such flag, whatever the config says. */
export declare function noneValue(step: StepSource, text: string, label: string): Parameter | null;
/**
 * The implicit lookups of a clean-up step, made optional: a value read from a
 * stack that is already gone is empty, and the step then has nothing to clean.
 */
export declare function optionalLookups(pre: EmittedStep[]): EmittedStep[];
/** How a value shows in a diagram: a literal as is, anything else as `{Name}`. */
export declare function shownValue(p: Parameter | null): string;
/**
 * Each stack parameter's value into `env` as `PARAM_<Name>` (what the deploy
 * templates read), with the lookups it needs before the step and its secrets.
 */
export declare function parameterEnv(parameters: readonly Parameter[], ctx: StepViewContext, env: Record<string, string>, secrets: string[], pre: EmittedStep[]): void;
