/**
 * `docflow import` for the stack-deploying kinds (`sam deploy`,
 * `aws cloudformation deploy`): reads a hand-written deploy command word by
 * word in the order the kind's own step passes its words (see their
 * templates), so a command it adopts runs the same calls with the same
 * arguments. Any other order, a shell variable, a quoted value with spaces,
 * or a flag given twice, and it is not adopted (it stays a script).
 */
import type { ValueSource } from '../../config/types.js';
import { commandWords, literalName, plainWord, sourcePart, takeFlag, takeList } from '../adopt.js';
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

const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const CAPABILITY = /^CAPABILITY_[A-Z_]+$/;

export function adoptDeploy(step: ForeignStep, ctx: AdoptContext, shape: DeployShape): AdoptedDeploy | null {
  if (step.shell && step.shell !== 'bash') return null;
  const words = commandWords(step.run);
  if (!words || shape.command.some((w, k) => words[k] !== w)) return null;
  const at = { i: shape.command.length };
  const head: Record<string, string> = {};
  for (const flag of shape.head) {
    const value = takeFlag(words, at, flag);
    if (!literalName(value)) return null;
    head[flag] = value;
  }
  const target: Record<string, ValueSource> = {};
  const targetParts: Record<string, string> = {};
  for (const flag of shape.target) {
    const value = takeFlag(words, at, flag);
    if (value === undefined) continue;
    const source = value === null || !plainWord(value) ? null : ctx.valueSource(value);
    const part = value === null ? null : value.includes('${{') ? sourcePart(value, ctx.source) : literalName(value) ? `\`${value}\`` : null;
    if (!source || !part) return null;
    target[flag] = source;
    targetParts[flag] = part;
  }
  let capabilities: string[] = [];
  if (words[at.i] === '--capabilities') {
    at.i++;
    capabilities = takeList(words, at);
    if (capabilities.length === 0 || !capabilities.every((c) => CAPABILITY.test(c))) return null;
  }
  for (const flag of shape.fixed) if (words[at.i++] !== flag) return null;
  const params: string[] = [];
  if (words[at.i] === '--parameter-overrides') {
    at.i++;
    const overrides = takeList(words, at);
    if (overrides.length === 0) return null;
    for (const kv of overrides) {
      const eq = kv.indexOf('=');
      const [name, value] = [kv.slice(0, eq), kv.slice(eq + 1)];
      const part = eq > 0 && PARAMETER_NAME.test(name) ? sourcePart(value, ctx.source) : null;
      if (!part) return null;
      params.push(`\`${name}\` ${part}`);
    }
  }
  const flags = words.slice(at.i);
  const known = new Set([...shape.head, ...shape.target, ...shape.fixed, '--capabilities', '--parameter-overrides', '--fail-on-empty-changeset']);
  if (!flags.every(literalName) || (flags.length > 0 && !flags[0]!.startsWith('--')) || flags.some((f) => known.has(f.replace(/=.*$/, '')))) return null;
  const stack = head['--stack-name']!;
  const parts = [`stack: \`${stack}\``];
  if (params.length > 0) parts.push(`params: ${params.join(', ')}`);
  if (capabilities.length > 0) parts.push(`capabilities: ${capabilities.map((c) => `\`${c}\``).join(', ')}`);
  return { stack, head, target, targetParts, parts, flags };
}
