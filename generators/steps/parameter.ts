/**
 * `sam deploy` parameters and where their values come from. Shared by the
 * sam-deploy kind, parameter wiring, the checks and the emitters.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { StepProblem } from './kind.js';

/** Where a parameter's value comes from. */
export type ParameterSource =
  /** A GitHub expression context path such as `vars.TABLE_NAME` or `secrets.API_KEY`. */
  | { kind: 'expression'; expression: string }
  /** An output of another stack, read at run time. */
  | { kind: 'stack-output'; stack: string; output: string }
  /** An output produced by an earlier lookup step of the same workflow (1-based step index). */
  | { kind: 'lookup'; step: number; output: string }
  /** A fixed value written in the doc. */
  | { kind: 'literal'; value: string }
  /** Literal text and context values joined: `https://` + vars.UI_DOMAIN. */
  | { kind: 'composed'; parts: ({ literal: string } | { expression: string })[] };

/** One `sam deploy` parameter override. */
export interface Parameter {
  name: string;
  source: ParameterSource | null;
  /** The source as written when it could not be read (already reported where it was parsed). */
  unreadSource?: string;
  position: Position;
}

/** `DynamoDbUsersTableName` → `DYNAMO_DB_USERS_TABLE_NAME`: the name `(from secrets)` implies. */
export function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

const contextPath = /^`?(?:\$\{\{\s*)?([A-Za-z_][\w-]*(?:\.[\w*-]+)+)(?:\s*\}\})?`?$/;

/**
 * Reads the words inside `(…)` after a parameter name. Returns null source
 * plus a problem when the wording is not one we know.
 */
export function readSource(name: string, words: string, position: Position): { source: ParameterSource | null; problem?: StepProblem } {
  const w = words.trim().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(?:value|literal|=)\s*:?\s*`([^`]*)`$/i.exec(w))) return { source: { kind: 'literal', value: m[1]! } };
  const from = /^from (.+)$/i.exec(w)?.[1];
  if (from !== undefined) {
    if (/^(?:the )?secrets?$/i.test(from)) return expr(`secrets.${upperSnake(name)}`);
    if (/^(?:the )?(?:vars|variables?)$/i.test(from)) return expr(`vars.${upperSnake(name)}`);
    if ((m = /^(?:the )?`([^`]+)` secret$/i.exec(from))) return expr(`secrets.${m[1]}`);
    if ((m = /^(?:the )?`([^`]+)` (?:variable|var)$/i.exec(from))) return expr(`vars.${m[1]}`);
    if ((m = /^(?:the )?`([^`]+)` stack(?:'s)?(?: `([^`]+)`)? outputs?$/i.exec(from)))
      return { source: { kind: 'stack-output', stack: m[1]!, output: m[2] ?? name } };
    if ((m = contextPath.exec(from))) return expr(m[1]!);
    const composed = readComposed(from);
    if (composed) return { source: composed };
  }
  return {
    source: null,
    problem: {
      ruleId: 'parameter-without-source',
      message: `Unexpected parameter source \`${w}\` for \`${name}\``,
      position,
      hint: 'Write `(from vars.NAME)`, `(from secrets)`, `(from `NAME` secret)`, `(from `NAME` variable)`, `(from the `stack` stack output)` or `(from `https://` + vars.NAME)`.',
    },
  };
}

/** `` `https://` + vars.UI_DOMAIN ``: code spans are literal text, the rest context paths. */
function readComposed(text: string): ParameterSource | null {
  const pieces = text.split(/\s+\+\s+/);
  if (pieces.length < 2) return null;
  const parts: ({ literal: string } | { expression: string })[] = [];
  for (const piece of pieces) {
    const lit = /^`([^`]*)`$/.exec(piece);
    const path = contextPath.exec(piece);
    if (lit) parts.push({ literal: lit[1]! });
    else if (path && !piece.startsWith('`')) parts.push({ expression: path[1]! });
    else return null;
  }
  return { kind: 'composed', parts };
}

function expr(expression: string): { source: ParameterSource } {
  return { source: { kind: 'expression', expression } };
}
