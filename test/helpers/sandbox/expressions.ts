/**
 * GitHub Actions expressions for the sandbox: parsing and evaluation come from
 * GitHub's own `@actions/expressions`; this file adds the status functions, the
 * `${{ }}` template interpolation, and a canonical printer so two conditions
 * that differ only in spelling (`${{ }}` wrapper, quotes, case of context
 * names, redundant parentheses, implicit `success() &&`) compare equal.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { Expr } from '@actions/expressions';
import { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Star, Unary } from '@actions/expressions/ast';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';

/** A plain JSON-like value as the sandbox keeps contexts. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/**
 * What the status functions see where an expression is evaluated: for a step,
 * whether every earlier step succeeded and whether one failed; for a job, the
 * same of the jobs it needs, transitively (a skipped need is neither).
 */
export interface StatusView {
  success: boolean;
  failure: boolean;
}

const FINE: StatusView = { success: true, failure: false };

/** An expression that could not be parsed or evaluated; the message names the expression. */
export class ExpressionFailure extends Error {}

const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'needs', 'steps', 'job', 'jobs', 'runner', 'strategy', 'matrix'];
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];

function statusFunctions(status: StatusView): Map<string, FunctionDefinition> {
  const fn = (name: string, result: () => boolean): [string, FunctionDefinition] =>
    [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(result()) }];
  return new Map([
    fn('success', () => status.success),
    fn('failure', () => status.failure),
    fn('always', () => true),
    fn('cancelled', () => false),
  ]);
}

/** Parses one expression (without the `${{ }}` wrapper). */
export function parseExpression(source: string): Expr {
  try {
    const lexed = new Lexer(source).lex();
    const extra = STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
    return new Parser(lexed.tokens, CONTEXTS, extra).parse();
  } catch (error) {
    throw new ExpressionFailure(`cannot parse expression \`${source}\`: ${(error as Error).message}`);
  }
}

function toData(value: Value): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData;
}

function fromData(value: data.ExpressionData): Value {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Value;
}

function evaluateData(source: string, contexts: Record<string, Value>, status: StatusView): data.ExpressionData {
  const expr = parseExpression(source);
  const dictionary = new data.Dictionary(...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })));
  try {
    return new Evaluator(expr, dictionary, statusFunctions(status)).evaluate();
  } catch (error) {
    throw new ExpressionFailure(`cannot evaluate \`${source}\`: ${(error as Error).message}`);
  }
}

/** Evaluates one expression to a plain value. */
export function evaluate(source: string, contexts: Record<string, Value>, status: StatusView = FINE): Value {
  return fromData(evaluateData(source, contexts, status));
}

const WRAPPED = /^\s*\$\{\{([\s\S]*)\}\}\s*$/;

/** The expression of an `if:` value, which may or may not be wrapped in `${{ }}`. */
export function conditionSource(condition: string | boolean | undefined): string {
  if (condition === undefined) return 'success()';
  if (typeof condition === 'boolean') return String(condition);
  const wrapped = WRAPPED.exec(condition);
  // `if: ${{ a }} && b` is not one wrapped expression; GitHub treats such a value as a string.
  if (wrapped && !wrapped[1]!.includes('}}')) return wrapped[1]!.trim();
  return condition.trim();
}

/** Evaluates an `if:` condition: the implicit `success() &&` applies when no status function is named. */
export function evaluateCondition(condition: string | boolean | undefined, contexts: Record<string, Value>, status: StatusView): boolean {
  const source = withImplicitSuccess(conditionSource(condition));
  return truthy(evaluateData(source, contexts, status));
}

function namesStatusFunction(expr: Expr): boolean {
  if (expr instanceof FunctionCall) {
    if (STATUS_FUNCTIONS.includes(expr.functionName.lexeme.toLowerCase())) return true;
    return expr.args.some(namesStatusFunction);
  }
  if (expr instanceof Unary) return namesStatusFunction(expr.expr);
  if (expr instanceof Binary) return namesStatusFunction(expr.left) || namesStatusFunction(expr.right);
  if (expr instanceof Logical) return expr.args.some(namesStatusFunction);
  if (expr instanceof Grouping) return namesStatusFunction(expr.group);
  if (expr instanceof IndexAccess) return namesStatusFunction(expr.expr) || namesStatusFunction(expr.index);
  return false;
}

function withImplicitSuccess(source: string): string {
  return namesStatusFunction(parseExpression(source)) ? source : `success() && (${source})`;
}

/**
 * The condition in one canonical spelling, implicit `success() &&` included:
 * equal strings mean the same condition.
 */
export function canonicalCondition(condition: string | boolean | undefined): string {
  return print(parseExpression(withImplicitSuccess(conditionSource(condition))), 0);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// Precedence, loosest first: || 1, && 2, == != 3, < > <= >= 4, ! 5.
function precedence(expr: Expr): number {
  if (expr instanceof Logical) return expr.operator.lexeme === '||' ? 1 : 2;
  if (expr instanceof Binary) return ['==', '!='].includes(expr.operator.lexeme) ? 3 : 4;
  if (expr instanceof Unary) return 5;
  return 6;
}

function literal(expr: Literal): string {
  const value = fromData(expr.literal);
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  return JSON.stringify(value);
}

function print(expr: Expr, outer: number): string {
  if (expr instanceof Grouping) return print(expr.group, outer);
  const own = precedence(expr);
  let text: string;
  if (expr instanceof Literal) text = literal(expr);
  else if (expr instanceof ContextAccess) text = expr.name.lexeme.toLowerCase();
  else if (expr instanceof Star) text = '*';
  else if (expr instanceof IndexAccess) {
    const target = print(expr.expr, 6);
    if (expr.index instanceof Star) text = `${target}.*`;
    else if (expr.index instanceof Literal && typeof fromData(expr.index.literal) === 'string' && IDENTIFIER.test(fromData(expr.index.literal) as string)) text = `${target}.${fromData(expr.index.literal) as string}`;
    else text = `${target}[${print(expr.index, 0)}]`;
  } else if (expr instanceof FunctionCall) text = `${expr.functionName.lexeme.toLowerCase()}(${expr.args.map((arg) => print(arg, 0)).join(', ')})`;
  else if (expr instanceof Unary) text = `!${print(expr.expr, 5)}`;
  else if (expr instanceof Binary) text = `${print(expr.left, own + 1)} ${expr.operator.lexeme} ${print(expr.right, own + 1)}`;
  else if (expr instanceof Logical) {
    // Flatten nested chains of the same operator: a && (b && c) is a && b && c.
    const parts: string[] = [];
    const flatten = (node: Expr): void => {
      const inner = node instanceof Grouping ? unwrap(node) : node;
      if (inner instanceof Logical && inner.operator.lexeme === expr.operator.lexeme) inner.args.forEach(flatten);
      else parts.push(print(inner, own + 1));
    };
    expr.args.forEach(flatten);
    text = parts.join(` ${expr.operator.lexeme} `);
  } else throw new ExpressionFailure(`unexpected expression node ${expr.constructor.name}`);
  return own < outer ? `(${text})` : text;
}

function unwrap(expr: Expr): Expr {
  return expr instanceof Grouping ? unwrap(expr.group) : expr;
}

/** Replaces every `${{ expr }}` in a string with its value, as GitHub does for `run:`, `with:` and `env:`. */
export function interpolate(template: string, contexts: Record<string, Value>, status: StatusView = FINE): string {
  let out = '';
  let rest = template;
  for (;;) {
    const start = rest.indexOf('${{');
    if (start < 0) return out + rest;
    const end = rest.indexOf('}}', start + 3);
    if (end < 0) throw new ExpressionFailure(`unclosed \`\${{\` in \`${template}\``);
    out += rest.slice(0, start) + asString(evaluateData(rest.slice(start + 3, end), contexts, status));
    rest = rest.slice(end + 2);
  }
}

/** A whole-value `${{ expr }}` keeps its type (a boolean input stays boolean); anything else is a string. */
export function interpolateValue(template: Value, contexts: Record<string, Value>, status: StatusView = FINE): Value {
  if (typeof template !== 'string') return template;
  const wrapped = WRAPPED.exec(template);
  if (wrapped && !wrapped[1]!.includes('}}') && !wrapped[1]!.includes('${{')) return evaluate(wrapped[1]!, contexts, status);
  return interpolate(template, contexts, status);
}

function asString(value: data.ExpressionData): string {
  if (value.kind === data.Kind.Null) return '';
  if (value.kind === data.Kind.Array || value.kind === data.Kind.Dictionary) return JSON.stringify(value, data.replacer, 2);
  return value.coerceString();
}
