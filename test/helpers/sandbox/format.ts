/** A trace as text: one line per job, step and call, for goldens and for diffs. */
import type { Value } from './expressions.js';
import type { JobTrace, StepTrace, ToolCall, Trace, Trigger } from './types.js';

function value(v: Value): string {
  // Quoted where a bare value would be ambiguous in a `k=v, k=v` list.
  return typeof v === 'string' && v !== '' && !/[\s,="\\]/.test(v) ? v : JSON.stringify(v);
}

function pairs(record: Record<string, Value>): string {
  return Object.entries(record).map(([key, v]) => `${key}=${value(v)}`).join(', ');
}

export function formatTrigger(trigger: Trigger): string {
  const parts: string[] = [trigger.event];
  if (trigger.event === 'repository_dispatch') parts.push(`type=${trigger.type}`);
  if ('inputs' in trigger && trigger.inputs) parts.push(pairs(trigger.inputs));
  if (trigger.ref) parts.push(`ref=${trigger.ref}`);
  return parts.join(' ');
}

/** An argument as a shell word: bare when safe, else single-quoted. */
function word(arg: string): string {
  if (/^[A-Za-z0-9_\-.,:/=@%+^]+$/.test(arg)) return arg;
  if (arg.includes("'") && !/["$`\\!]/.test(arg)) return `"${arg}"`;
  return `'${arg.replaceAll("'", "'\\''")}'`;
}

/** A call as one shell-like line. */
export function formatCall(call: ToolCall, env: Record<string, string> = call.env): string {
  const where = call.cwd === '.' ? '' : ` (in ${call.cwd})`;
  const code = call.exitCode === 0 ? '' : ` → exit ${call.exitCode}`;
  return `$ ${[call.tool, ...call.argv].map(word).join(' ')}${where}${code}${Object.keys(env).length ? `  [env ${pairs(env)}]` : ''}`;
}

function indentBlock(text: string, prefix: string): string[] {
  return text.replace(/\n$/, '').split('\n').map((line) => `${prefix}${line}`);
}

function formatStep(step: StepTrace): string[] {
  const lines: string[] = [];
  const id = step.id ? ` id=${step.id}` : '';
  const condition = step.condition === 'success()' ? '' : ` if ${step.condition}`;
  const outcome = step.outcome === step.conclusion ? step.outcome : `${step.outcome}, continued`;
  lines.push(`  step ${JSON.stringify(step.name)}${id}${condition} → ${outcome}`);
  if (step.uses) lines.push(`    uses ${step.uses}${step.with && Object.keys(step.with).length ? ` with ${pairs(step.with)}` : ''}`);
  for (const call of step.calls) {
    lines.push(`    ${formatCall(call)}`);
    if (call.stdin) lines.push(...indentBlock(call.stdin, '      | '));
  }
  if (step.summary) lines.push(`    summary: ${step.summary.split('\n').length} line(s)`);
  if (step.error) lines.push(...indentBlock(step.error, '    ! '));
  return lines;
}

function formatJob(job: JobTrace): string[] {
  const lines = [`job ${job.id} → ${job.result}`];
  if (job.needs.length) lines.push(`  needs ${job.needs.join(', ')}`);
  if (job.condition !== 'success()') lines.push(`  if ${job.condition}`);
  if (job.environment !== undefined) lines.push(`  environment ${job.environment}`);
  if (job.calls) {
    const secrets = job.calls.secrets === 'inherit' ? 'inherit' : Object.keys(job.calls.secrets).join(', ') || 'none';
    lines.push(`  calls ${job.calls.workflow} with ${pairs(job.calls.with) || 'nothing'}; secrets ${secrets}`);
  }
  for (const step of job.steps) lines.push(...formatStep(step));
  return lines;
}

/** The whole trace as text, stable across runs and machines. */
export function formatTrace(trace: Trace): string {
  const lines = [`workflow ${trace.workflow}`, `trigger ${formatTrigger(trace.trigger)}`];
  for (const job of trace.jobs) lines.push('', ...formatJob(job));
  return `${lines.join('\n')}\n`;
}
