/**
 * The contract every step kind implements. A kind recognises a step item's
 * text (code spans in backticks) and extracts typed parameters. Kinds are
 * plain objects listed in an explicit registry, so users can add their own.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { ParseRuleId } from '../model/parse-rules.js';
import type { StepSource } from '../model/types.js';

/** Something a kind noticed while reading a step it recognised. */
export interface StepProblem {
  ruleId: ParseRuleId;
  message: string;
  position: Position;
  hint?: string;
}

/** What a kind extracted from a step. */
export interface StepMatch {
  params: Record<string, unknown>;
  problems?: StepProblem[];
}

/** A step kind: one per file under `steps/kinds/`. */
export interface StepKind {
  /** Stable id, e.g. `sam-deploy`; what templates and diagrams key on. */
  id: string;
  /** One line for docs and `--help`. */
  summary: string;
  /** Phrasings it recognises, verbatim; docs and tests use them. */
  examples: readonly string[];
  /** Returns params when the step is of this kind, else null. */
  match(step: StepSource): StepMatch | null;
}

/**
 * The step text as kinds match it: whitespace collapsed, a trailing period or
 * colon removed. Case is left alone; patterns use the `i` flag.
 */
export function phrase(step: StepSource): string {
  return step.text.replace(/\s+/g, ' ').trim().replace(/\s*[.:]$/, '');
}

/** Position of the n-th code span whose content is `value`, else the step's. */
export function codePosition(step: StepSource, value: string, nth = 0): Position {
  let seen = 0;
  for (const span of step.spans) {
    if (span.kind === 'code' && span.value === value && seen++ === nth) return span.position;
  }
  return step.position;
}

/** Contents of every code span in `text`, in order. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.trim());
}

/** Splits on `sep` outside backticks and parentheses. */
export function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let code = false;
  let cur = '';
  for (const ch of text) {
    if (ch === '`') code = !code;
    else if (!code && ch === '(') depth++;
    else if (!code && ch === ')') depth = Math.max(0, depth - 1);
    if (ch === sep && !code && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}
