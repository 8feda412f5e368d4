/**
 * What `sam deploy` and `sam delete` share: the hint for a command whose
 * shell syntax cannot be passed on, and the diagram messages of a stack
 * change (SAM asks CloudFormation, which changes the service's resources).
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
/** Hint for `unsupported-command-syntax` in a `sam` command step. */
export const COMMAND_SYNTAX_HINT = 'Write values as parameters with a (from …) source, move shell logic into a fenced script step, or use the prose phrasing.';
/** The messages of a stack deploy or delete, after any lookups the step makes. */
export function stackChangeMessages(ctx, named, deploying) {
    const { say } = ctx;
    const stack = named?.value ?? ctx.stack ?? 'the stack';
    say(PARTICIPANT.runner, PARTICIPANT.sam, ctx.text);
    say(PARTICIPANT.sam, PARTICIPANT.cfn, deploying ? `create or update ${stack}` : `delete ${stack}`);
    if (ctx.service)
        say(PARTICIPANT.cfn, PARTICIPANT.service, deploying ? `provision ${ctx.service} resources` : `delete ${ctx.service} resources`);
    say(PARTICIPANT.cfn, PARTICIPANT.sam, deploying ? `${stack} *_COMPLETE` : `${stack} DELETE_COMPLETE`, true);
    say(PARTICIPANT.sam, PARTICIPANT.runner, deploying ? 'deployed' : 'deleted', true);
}
/** The messages of a stack deployed or deleted by the AWS CLI (`aws cloudformation deploy`, `delete-stack`): the runner asks CloudFormation itself. */
export function cfnChangeMessages(ctx, named, deploying) {
    const { say } = ctx;
    const stack = named?.value ?? ctx.stack ?? 'the stack';
    say(PARTICIPANT.runner, PARTICIPANT.cfn, deploying ? `deploy ${stack} (change set)` : `delete-stack ${stack}`);
    if (ctx.service)
        say(PARTICIPANT.cfn, PARTICIPANT.service, deploying ? `provision ${ctx.service} resources` : `delete ${ctx.service} resources`);
    if (!deploying)
        say(PARTICIPANT.runner, PARTICIPANT.cfn, `wait stack-delete-complete ${stack}`);
    say(PARTICIPANT.cfn, PARTICIPANT.runner, deploying ? `${stack} *_COMPLETE` : `${stack} DELETE_COMPLETE`, true);
}
/** The lookups a deploy makes for parameters read from other stacks' outputs. */
export function parameterLookupMessages(ctx, parameters) {
    for (const p of parameters) {
        if (p.source?.kind !== 'stack-output')
            continue;
        const other = ctx.stackParticipant(p.source.stack);
        ctx.say(PARTICIPANT.runner, other, `look up ${p.source.output}`);
        ctx.say(other, PARTICIPANT.runner, `${p.source.output} value`, true);
    }
}
