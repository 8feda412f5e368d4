/**
 * `sam deploy` parameters and where their values come from. Shared by the
 * sam-deploy kind, parameter wiring, the checks and the emitters.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { StepProblem } from './kind.js';
/** Where a parameter's value comes from. */
export type ParameterSource = 
/** A GitHub expression context path such as `vars.TABLE_NAME` or `secrets.API_KEY`. */
{
    kind: 'expression';
    expression: string;
}
/** An output of another stack, read at run time. */
 | {
    kind: 'stack-output';
    stack: string;
    output: string;
}
/** An output produced by an earlier lookup step of the same workflow (1-based step index). */
 | {
    kind: 'lookup';
    step: number;
    output: string;
}
/** A fixed value written in the doc. */
 | {
    kind: 'literal';
    value: string;
}
/** Literal text and context values joined: `https://` + vars.UI_DOMAIN. */
 | {
    kind: 'composed';
    parts: ({
        literal: string;
    } | {
        expression: string;
    })[];
};
/** One `sam deploy` parameter override. */
export interface Parameter {
    name: string;
    source: ParameterSource | null;
    /** The source as written when it could not be read (already reported where it was parsed). */
    unreadSource?: string;
    position: Position;
}
/** `DynamoDbUsersTableName` → `DYNAMO_DB_USERS_TABLE_NAME`: the name `(from secrets)` implies. */
export declare function upperSnake(name: string): string;
/**
 * Reads the words inside `(…)` after a parameter name. Returns null source
 * plus a problem when the wording is not one we know.
 */
export declare function readSource(name: string, words: string, position: Position): {
    source: ParameterSource | null;
    problem?: StepProblem;
};
