/**
 * What `sam deploy` and `sam delete` share: the hint for a command whose
 * shell syntax cannot be passed on, and the diagram messages of a stack
 * change (SAM asks CloudFormation, which changes the service's resources).
 */
import { type DiagramContext } from '../../emit/diagram/messages.js';
import type { Located } from '../../model/types.js';
import type { Parameter } from '../parameter.js';
/** Hint for `unsupported-command-syntax` in a `sam` command step. */
export declare const COMMAND_SYNTAX_HINT = "Write values as parameters with a (from \u2026) source, move shell logic into a fenced script step, or use the prose phrasing.";
/** The messages of a stack deploy or delete, after any lookups the step makes. */
export declare function stackChangeMessages(ctx: DiagramContext, named: Located | null, deploying: boolean): void;
/** The messages of a stack deployed or deleted by the AWS CLI (`aws cloudformation deploy`, `delete-stack`): the runner asks CloudFormation itself. */
export declare function cfnChangeMessages(ctx: DiagramContext, named: Located | null, deploying: boolean): void;
/** The lookups a deploy makes for parameters read from other stacks' outputs. */
export declare function parameterLookupMessages(ctx: DiagramContext, parameters: readonly Parameter[]): void;
