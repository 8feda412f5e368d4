/**
 * What the stack-deploying kinds (`sam deploy`, `aws cloudformation deploy`)
 * and the other AWS kinds share: the `key: value` parts of the annotated
 * form, parameters with their `(from …)` sources, capability lists, one
 * value (a bucket, a region) written as a literal, a `{Name}` lookup output
 * or a source, and the artifact bucket, region and role the config adds.
 */
import type { Config, ValueSource } from '../../config/types.js';
import { type EmittedStep, lookupId, parameterValue, sourceSecrets, sourceValue, type StepViewContext } from '../../emit/workflow/step-view.js';
import type { StepSource } from '../../model/types.js';
import { isAllowedExpression } from '../contexts.js';
import { codePosition, codeSpans, splitTop, type StackUse, type StepProblem } from '../kind.js';
import { type Parameter, readSource } from '../parameter.js';

/** The keys that name parameters in the annotated form. */
export const PARAMS_KEYS = new Set(['params', 'param', 'parameters', 'parameter']);

/**
 * The `key: value` parts of the annotated form, split on `;`, or on a comma
 * that starts another known key (`stack: `x`, parameter: `P` from vars.V`).
 * `keys` matches the start of a part that begins with a known key.
 */
export function annotatedParts(text: string, keys: RegExp): string[] {
  const out: string[] = [];
  for (const part of splitTop(text, ';')) {
    let cur = '';
    for (const piece of splitTop(part, ',')) {
      if (cur && keys.test(piece)) {
        out.push(cur);
        cur = piece;
      } else cur = cur ? `${cur}, ${piece}` : piece;
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** `key: value` of one annotated part; the key lower-cased ('' when there is none). */
export function keyValue(part: string): { key: string; value: string } {
  const kv = /^([\w -]+?)\s*:\s*(.*)$/.exec(part.trim());
  return { key: kv?.[1]!.toLowerCase() ?? '', value: kv?.[2] ?? '' };
}

/** One parameter: `Name`, `Name` (from …), `Name` from …, or `Name=value`. */
export function readParameter(step: StepSource, text: string, problems: StepProblem[]): Parameter | null {
  const bare = /^(`[^`]+`)\s+(from\s.+)$/i.exec(text.trim());
  const m = /^`([^`]+)`\s*(?:\((.*)\))?\s*$/.exec(bare ? `${bare[1]} (${bare[2]})` : text.trim());
  if (!m) {
    problems.push({
      ruleId: 'parameter-without-source',
      message: `Unexpected parameter \`${text.trim()}\`, expected \`Name\` optionally followed by (from …)`,
      position: step.position,
      hint: 'Write each parameter as `Name` (from vars.NAME).',
    });
    return null;
  }
  const name = m[1]!;
  const position = codePosition(step, name);
  if (name.includes('=')) return literalParameter(step, name, problems);
  if (m[2] === undefined) return { name, source: null, position };
  const { source, problem } = readSource(name, m[2], position);
  if (!problem) return { name, source, position };
  problems.push(problem);
  return { name, source, unreadSource: m[2].trim(), position };
}

/** `Name=value` of the command form: a literal parameter. */
export function literalParameter(step: StepSource, kv: string, problems: StepProblem[]): Parameter | null {
  const eq = kv.indexOf('=');
  if (eq <= 0) {
    problems.push({ ruleId: 'parameter-without-source', message: `Unexpected parameter override \`${kv}\`, expected \`Name=value\``, position: step.position });
    return null;
  }
  return { name: kv.slice(0, eq), source: { kind: 'literal', value: kv.slice(eq + 1) }, position: step.position };
}

/** The parameters of a `params:` part, comma-separated. */
export function readParameters(step: StepSource, text: string, problems: StepProblem[]): Parameter[] {
  return splitTop(text, ',').map((p) => readParameter(step, p, problems)).filter((p): p is Parameter => p !== null);
}

/** Values in code spans, where one span may hold several (`` `CAPABILITY_IAM CAPABILITY_NAMED_IAM` ``). */
export function listValues(text: string): string[] {
  return codeSpans(text).flatMap((v) => v.split(/[\s,]+/).filter(Boolean));
}

/** A parameter read from another stack's output reads that stack. */
export function outputRead(p: Parameter): StackUse[] {
  return p.source?.kind === 'stack-output' ? [{ action: 'read', name: { value: p.source.stack, position: p.position }, command: 'describe-stacks', forParameter: p.name }] : [];
}

const PLACEHOLDER = /^\{([A-Z][A-Za-z0-9]*)\}$/;

/**
 * One value of a step, as the doc writes it: `` `{Name}` `` (the output of
 * an earlier lookup), `` `Name` (from …) `` or `Name` from … (a source, as
 * for parameters), or `` `text` `` (the literal). `label` names the value
 * when the doc gives no name. A null result was reported in `problems`.
 */
export function readValue(step: StepSource, text: string, label: string, problems: StepProblem[]): Parameter | null {
  const t = text.trim();
  const from = /^(?:\(\s*)?(from\s.+?)(?:\s*\))?$/i.exec(t);
  if (from) return sourced(label, from[1]!, codePosition(step, codeSpans(t)[0] ?? ''), problems);
  const m = /^`([^`]+)`\s*(?:\((.*)\))?$/.exec(t) ?? /^`([^`]+)`\s+(from\s.+)$/i.exec(t);
  if (!m) {
    problems.push({ ruleId: 'parameter-without-source', message: `Unexpected ${label} \`${t}\`, expected \`{Name}\` (an earlier lookup's output), a value in backticks, or (from …)`, position: step.position, hint: `Write the ${label} as \`{BucketName}\`, \`my-value\` or (from vars.NAME).` });
    return null;
  }
  const value = m[1]!.trim();
  const position = codePosition(step, m[1]!);
  const placeholder = PLACEHOLDER.exec(value);
  if (m[2] !== undefined) return sourced(placeholder?.[1] ?? value, m[2], position, problems);
  if (placeholder) return { name: placeholder[1]!, source: null, position };
  return { name: label, source: { kind: 'literal', value }, position };
}

function sourced(name: string, words: string, position: Parameter['position'], problems: StepProblem[]): Parameter {
  const { source, problem } = readSource(name, words, position);
  if (problem) {
    problems.push(problem);
    return { name, source, unreadSource: words.trim(), position };
  }
  if (source?.kind === 'expression' && !isAllowedExpression(source.expression)) {
    problems.push({ ruleId: 'disallowed-context', message: `Unexpected context \`${source.expression}\` for \`${name}\`, expected \`vars.*\`, \`secrets.*\`, \`inputs.*\`, \`steps.<id>.outputs.*\` or \`env.*\``, position, hint: 'Store the value in a repository variable or secret and write (from vars.NAME) or (from secrets.NAME).' });
  }
  return { name, source, position };
}

/** A step value as its env value, the secrets it uses and the lookup it needs first (`k` numbers it among the step's values). */
export function valueEnv(p: Parameter | null, ctx: StepViewContext, k: number): { value: string; secrets: string[]; pre: EmittedStep[] } {
  if (!p) return { value: '', secrets: [], pre: [] };
  return parameterValue(p, ctx, `lookup-${ctx.step.index}-${k}`);
}

/**
 * The artifact bucket, region and execution role a deploy passes (`S3_BUCKET`,
 * `DEPLOY_REGION`, `ROLE_ARN` in env). The region and role are the config's
 * (`sam.region`, `sam.roleArn`) unless the step names its own; the bucket is
 * `sam.s3Bucket` for `sam deploy` (`ownBucket` undefined), else the step's own.
 */
export function deployTarget(
  config: Config,
  ctx: StepViewContext,
  step: { region: Parameter | null; role: Parameter | null; bucket?: Parameter | null },
  env: Record<string, string>,
  secrets: string[],
  pre: EmittedStep[],
): void {
  const bucket = step.bucket === undefined ? config.sam.s3Bucket : null;
  const targets: [string, ValueSource | null, Parameter | null][] = [
    ['S3_BUCKET', bucket, step.bucket ?? null],
    ['DEPLOY_REGION', config.sam.region, step.region],
    ['ROLE_ARN', config.sam.roleArn, step.role],
  ];
  targets.forEach(([name, source, own], k) => {
    if (own) {
      // Not parameters of the template: their implicit lookups are numbered apart from the parameters'.
      const v = valueEnv(own, ctx, 100 + k);
      env[name] = v.value;
      secrets.push(...v.secrets);
      pre.push(...v.pre);
      return;
    }
    env[name] = source ? sourceValue(source) : '';
    if (source) secrets.push(...sourceSecrets(source));
  });
}

/** `none` for a region, role or bucket: the step passes no such flag, whatever the config says. */
export function noneValue(step: StepSource, text: string, label: string): Parameter | null {
  return /^(?:none|no|the job's(?: region)?)$/i.test(text.trim()) ? { name: label, source: { kind: 'literal', value: '' }, position: step.position } : null;
}

/**
 * The implicit lookups of a clean-up step, made optional: a value read from a
 * stack that is already gone is empty, and the step then has nothing to clean.
 */
export function optionalLookups(pre: EmittedStep[]): EmittedStep[] {
  return pre.map((s) => ({ ...s, view: { ...s.view, optional: 'true' } }));
}

/** How a value shows in a diagram: a literal as is, anything else as `{Name}`. */
export function shownValue(p: Parameter | null): string {
  if (!p) return '';
  return p.source?.kind === 'literal' ? p.source.value : `{${p.name}}`;
}

/**
 * Each stack parameter's value into `env` as `PARAM_<Name>` (what the deploy
 * templates read), with the lookups it needs before the step and its secrets.
 */
export function parameterEnv(parameters: readonly Parameter[], ctx: StepViewContext, env: Record<string, string>, secrets: string[], pre: EmittedStep[]): void {
  parameters.forEach((p, k) => {
    const v = parameterValue(p, ctx, lookupId(ctx.step.index, k + 1));
    pre.push(...v.pre);
    secrets.push(...v.secrets);
    env[`PARAM_${p.name}`] = v.value;
  });
}
