/**
 * `docflow import` for the stack-deploying kinds (`sam deploy`,
 * `aws cloudformation deploy`): reads a hand-written deploy command word by
 * word in the order the kind's own step passes its words (see their
 * templates), so a command it adopts runs the same calls with the same
 * arguments. Any other order, a shell variable, a quoted value with spaces,
 * or a flag given twice, and it is not adopted (it stays a script).
 */
import type { ValueSource } from '../../config/types.js';
import type { AdoptContext, ForeignStep } from '../kind.js';
export interface DeployShape {
    /** The command words: `sam deploy`. */
    command: readonly string[];
    /** Flags that must come first, in order, each with a literal value (`--stack-name`). */
    head: readonly string[];
    /** Optional flags next, in order: the artifact bucket, region and execution role. */
    target: readonly string[];
    /** Flags without values the kind always passes after the capabilities. */
    fixed: readonly string[];
}
export interface AdoptedDeploy {
    stack: string;
    /** The head flags' values (`--template-file` → path). */
    head: Record<string, string>;
    /** The target flags given, as config value sources. */
    target: Record<string, ValueSource>;
    /** The target flags given, as the step's parts write their values (`` `us-east-1` ``, `(from secrets.X)`). */
    targetParts: Record<string, string>;
    /** `stack:`, `params:` and `capabilities:` parts of the annotated form. */
    parts: string[];
    /** Extra flags after the parameters, as written. */
    flags: string[];
}
export declare function adoptDeploy(step: ForeignStep, ctx: AdoptContext, shape: DeployShape): AdoptedDeploy | null;
