/**
 * Behavioural equivalence of two traces. Equivalent means: the same jobs (by
 * id) with the same needs, conditions, environments, calls of reusable
 * workflows and results; and in each job the same ordered effects — `uses:`
 * steps with their inputs, and stub calls with their argv, cwd, stdin, exit
 * code, the environment the tool reads, and the condition of their step.
 *
 * The one allowance: calls that only read (see `readonly.ts`) may be in one
 * trace and not the other, and are listed apart. Summaries, outputs and
 * `$GITHUB_ENV` writes are not effects; their consequences show in later calls.
 */
import { diffArrays } from 'diff';
import { formatCall } from './format.js';
import { isReadOnly } from './readonly.js';
import type { JobTrace, StepTrace, ToolCall, Trace } from './types.js';

/** The result of {@link compareTraces}. */
export interface Comparison {
  equivalent: boolean;
  /** Each difference, one readable block per entry, naming the job. */
  differences: string[];
  /** What the read-only allowance accepted: reads found in one trace only. */
  allowed: string[];
}

type Effect =
  | { kind: 'uses'; step: StepTrace; uses: string; with: Record<string, string> }
  | { kind: 'call'; step: StepTrace; call: ToolCall };

/**
 * The environment a tool reads, by tool. A tool not named here may read any
 * variable, so every variable the reference gave it must reach it unchanged
 * (the candidate may pass more: docflow passes values to scripts through env).
 */
const TOOL_ENV: Record<string, RegExp> = {
  aws: /^AWS_/,
  sam: /^(AWS_|SAM_)/,
  gh: /^(GH_|GITHUB_TOKEN$)/,
  pip: /^PIP_/,
  pip3: /^PIP_/,
  curl: /^(https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY|CURL_CA_BUNDLE)$/,
};

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function scopedEnv(call: ToolCall): Record<string, string> {
  const scope = TOOL_ENV[call.tool];
  return scope ? Object.fromEntries(Object.entries(call.env).filter(([key]) => scope.test(key))) : call.env;
}

function envMatches(reference: ToolCall, candidate: ToolCall): boolean {
  const wanted = scopedEnv(reference);
  if (TOOL_ENV[reference.tool]) return sameJson(wanted, scopedEnv(candidate));
  return Object.entries(wanted).every(([key, value]) => candidate.env[key] === value);
}

function sameEffect(reference: Effect, candidate: Effect): boolean {
  if (reference.step.condition !== candidate.step.condition) return false;
  if (reference.kind === 'uses' || candidate.kind === 'uses') {
    return reference.kind === 'uses' && candidate.kind === 'uses' && reference.uses === candidate.uses && sameJson(reference.with, candidate.with);
  }
  const [a, b] = [reference.call, candidate.call];
  return a.tool === b.tool && sameJson(a.argv, b.argv) && a.cwd === b.cwd && (a.stdin ?? '') === (b.stdin ?? '') && a.exitCode === b.exitCode && envMatches(a, b);
}

function effects(job: JobTrace): Effect[] {
  const out: Effect[] = [];
  for (const step of job.steps) {
    if (step.outcome === 'skipped') continue;
    if (step.uses) out.push({ kind: 'uses', step, uses: step.uses, with: step.with ?? {} });
    for (const call of step.calls) out.push({ kind: 'call', step, call });
  }
  return out;
}

function isRead(effect: Effect): boolean {
  return effect.kind === 'call' && isReadOnly(effect.call);
}

function describe(effect: Effect, shownEnv?: Record<string, string>): string {
  const where = `step ${JSON.stringify(effect.step.name)}${effect.step.condition === 'success()' ? '' : `, if ${effect.step.condition}`}`;
  if (effect.kind === 'uses') {
    const inputs = Object.entries(effect.with).map(([key, value]) => `${key}=${value}`).join(', ');
    return `uses ${effect.uses}${inputs ? ` with ${inputs}` : ''}  (${where})`;
  }
  const stdin = effect.call.stdin ? `\n        stdin: ${JSON.stringify(effect.call.stdin)}` : '';
  return `${formatCall(effect.call, shownEnv ?? scopedEnv(effect.call))}  (${where})${stdin}`;
}

function compareEffects(job: string, reference: Effect[], candidate: Effect[], differences: string[], allowed: string[]): void {
  const reads = (list: Effect[], side: string): void => {
    for (const effect of list.filter(isRead)) allowed.push(`job ${job}: read in the ${side} only: ${describe(effect)}`);
  };
  const writesR = reference.filter((effect) => !isRead(effect));
  const writesC = candidate.filter((effect) => !isRead(effect));
  // Reads in both are paired up by equality; the rest are the allowance.
  const readsC = candidate.filter(isRead);
  const onlyR = reference.filter(isRead).filter((effect) => {
    const at = readsC.findIndex((other) => sameEffect(effect, other));
    if (at < 0) return true;
    readsC.splice(at, 1);
    return false;
  });
  reads(onlyR, 'reference');
  reads(readsC, 'candidate');
  const changes = diffArrays<Effect>(writesR, writesC, { comparator: sameEffect });
  if (changes.every((change) => !change.added && !change.removed)) return;
  const lines: string[] = [`job ${job}: the effects differ (- reference only, + candidate only):`];
  let [atR, atC] = [0, 0];
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) {
      for (const effect of writesR.slice(atR, atR + count)) lines.push(`  - ${describe(effect)}`);
      atR += count;
    } else if (change.added) {
      for (const effect of writesC.slice(atC, atC + count)) lines.push(`  + ${describe(effect, effect.kind === 'call' && !TOOL_ENV[effect.call.tool] ? effect.call.env : undefined)}`);
      atC += count;
    } else {
      for (const effect of writesR.slice(atR, atR + count)) lines.push(`    ${describe(effect)}`);
      atR += count;
      atC += count;
    }
  }
  differences.push(lines.join('\n'));
}

function compareJob(reference: JobTrace, candidate: JobTrace, differences: string[], allowed: string[]): void {
  const id = reference.id;
  const field = (name: string, a: unknown, b: unknown): void => {
    if (!sameJson(a, b)) differences.push(`job ${id}: ${name} differs: reference ${JSON.stringify(a)}, candidate ${JSON.stringify(b)}`);
  };
  field('needs', [...reference.needs].sort(), [...candidate.needs].sort());
  field('condition', reference.condition, candidate.condition);
  field('result', reference.result, candidate.result);
  field('environment', reference.environment ?? null, candidate.environment ?? null);
  field('reusable workflow call', reference.calls ?? null, candidate.calls ?? null);
  compareEffects(id, effects(reference), effects(candidate), differences, allowed);
}

/** Compares a reference trace (say, the hand-written workflow) with a candidate (the generated one). */
export function compareTraces(reference: Trace, candidate: Trace): Comparison {
  const differences: string[] = [];
  const allowed: string[] = [];
  if (!sameJson(reference.trigger, candidate.trigger)) differences.push(`the runs had different triggers: ${JSON.stringify(reference.trigger)} and ${JSON.stringify(candidate.trigger)}`);
  const byId = new Map(candidate.jobs.map((job) => [job.id, job]));
  for (const job of reference.jobs) {
    const other = byId.get(job.id);
    if (!other) differences.push(`job ${job.id}: missing from the candidate (candidate jobs: ${candidate.jobs.map((each) => each.id).join(', ') || 'none'})`);
    else compareJob(job, other, differences, allowed);
    byId.delete(job.id);
  }
  for (const extra of byId.values()) {
    const list = effects(extra);
    if (!extra.calls && list.every(isRead)) {
      for (const effect of list) allowed.push(`job ${extra.id} (candidate only): ${describe(effect)}`);
    } else {
      differences.push(`job ${extra.id}: only in the candidate, and it does more than read:\n${list.filter((effect) => !isRead(effect)).map((effect) => `  + ${describe(effect)}`).join('\n') || `  + calls ${extra.calls?.workflow ?? ''}`}`);
    }
  }
  return { equivalent: differences.length === 0, differences, allowed };
}

/** The comparison as text: every difference, then what the allowance accepted. */
export function formatComparison(comparison: Comparison): string {
  const head = comparison.equivalent ? 'equivalent' : `not equivalent: ${comparison.differences.length} difference(s)`;
  const parts = [head, ...comparison.differences];
  if (comparison.allowed.length) parts.push(`allowed (reads in one trace only):\n${comparison.allowed.map((line) => `  ${line}`).join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}
