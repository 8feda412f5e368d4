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

function describe(effect: Effect, shownEnv?: Record<string, string>, withStdin = true): string {
  const where = `step ${JSON.stringify(effect.step.name)}${effect.step.condition === 'success()' ? '' : `, if ${effect.step.condition}`}`;
  if (effect.kind === 'uses') {
    const inputs = Object.entries(effect.with).map(([key, value]) => `${key}=${value}`).join(', ');
    return `uses ${effect.uses}${inputs ? ` with ${inputs}` : ''}  (${where})`;
  }
  const stdin = effect.call.stdin && withStdin ? `\n        stdin: ${JSON.stringify(effect.call.stdin)}` : '';
  return `${formatCall(effect.call, shownEnv ?? scopedEnv(effect.call))}  (${where})${stdin}`;
}

/** What differs between two effects of the same kind, one line each; undefined when they are not comparable. */
function explain(reference: Effect, candidate: Effect): string[] | undefined {
  const out: string[] = [];
  const changed = (what: string, a: string, b: string): void => { if (a !== b) out.push(`${what}: ${a || '(none)'} → ${b || '(none)'}`); };
  if (reference.kind === 'uses' && candidate.kind === 'uses') {
    if (reference.uses.replace(/@.*$/, '') !== candidate.uses.replace(/@.*$/, '')) return undefined;
    changed('action', reference.uses, candidate.uses);
    for (const key of [...new Set([...Object.keys(reference.with), ...Object.keys(candidate.with)])].sort()) changed(`with ${key}`, reference.with[key] ?? '', candidate.with[key] ?? '');
  } else if (reference.kind === 'call' && candidate.kind === 'call') {
    const [a, b] = [reference.call, candidate.call];
    if (a.tool !== b.tool) return undefined;
    if (a.argv.length === b.argv.length) a.argv.forEach((arg, at) => changed(`argument ${at + 1}`, arg, b.argv[at]!));
    else changed('arguments', a.argv.join(' '), b.argv.join(' '));
    changed('cwd', a.cwd, b.cwd);
    changed('exit code', String(a.exitCode), String(b.exitCode));
    const [envA, envB] = [scopedEnv(a), TOOL_ENV[a.tool] ? scopedEnv(b) : b.env];
    const keys = TOOL_ENV[a.tool] ? new Set([...Object.keys(envA), ...Object.keys(envB)]) : new Set(Object.keys(envA));
    for (const key of [...keys].sort()) changed(`env ${key}`, envA[key] ?? '', envB[key] ?? '');
    const [linesA, linesB] = [(a.stdin ?? '').split('\n'), (b.stdin ?? '').split('\n')];
    const line = linesA.findIndex((text, at) => text !== linesB[at]);
    if (line >= 0 || linesA.length !== linesB.length) {
      const at = line >= 0 ? line : Math.min(linesA.length, linesB.length);
      out.push(`stdin line ${at + 1}: ${JSON.stringify(linesA[at] ?? '(end)')} → ${JSON.stringify(linesB[at] ?? '(end)')}`);
    }
  } else return undefined;
  changed('step condition', reference.step.condition, candidate.step.condition);
  return out;
}

// Unchanged effects shown around a change.
const CONTEXT = 2;

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
  const lines: string[] = [`job ${job}: the effects differ (- reference only, + candidate only, ~ changed):`];
  let [atR, atC] = [0, 0];
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index]!;
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      const same = writesR.slice(atR, atR + count);
      const head = index > 0 ? same.slice(0, CONTEXT) : [];
      const tail = index < changes.length - 1 ? same.slice(Math.max(head.length, count - CONTEXT)) : [];
      for (const effect of head) lines.push(`    ${describe(effect)}`);
      if (head.length + tail.length < count) lines.push(`    … ${count - head.length - tail.length} unchanged`);
      for (const effect of tail) lines.push(`    ${describe(effect)}`);
      atR += count;
      atC += count;
      continue;
    }
    // A removal next to an addition: pair effects of the same tool or action and say what changed.
    const removed = change.removed ? writesR.slice(atR, atR + count) : [];
    if (change.removed) atR += count;
    const next = change.removed ? changes[index + 1] : undefined;
    const addedChange = change.added ? change : next?.added ? next : undefined;
    if (addedChange && addedChange !== change) index += 1;
    const addedCount = addedChange ? addedChange.count ?? addedChange.value.length : 0;
    const added = writesC.slice(atC, atC + addedCount);
    atC += addedCount;
    const unpaired = new Set(added);
    for (const effect of removed) {
      const partner = added.find((other) => unpaired.has(other) && explain(effect, other) !== undefined);
      if (!partner) { lines.push(`  - ${describe(effect)}`); continue; }
      unpaired.delete(partner);
      lines.push(`  ~ ${describe(effect, undefined, false)}`);
      for (const detail of explain(effect, partner)!) lines.push(`      ${detail}`);
    }
    for (const effect of added.filter((each) => unpaired.has(each))) {
      lines.push(`  + ${describe(effect, effect.kind === 'call' && !TOOL_ENV[effect.call.tool] ? effect.call.env : undefined)}`);
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
