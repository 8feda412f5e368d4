/**
 * How a classified doc step becomes workflow steps: each step kind's `emit`
 * (in its module under `steps/kinds/`) prepares the values its template
 * places. Emitters are pure.
 */
import type { Config, ValueSource } from '../../config/types.js';
import type { Component, Phase, Step } from '../../model/types.js';
import { expression, inert } from '../expressions.js';

/** What a kind's `emit` sees. */
export interface StepViewContext {
  /** The doc step being emitted. */
  step: Step;
  component: Component;
  phase: Phase;
  /** The component's effective config (front matter applied). */
  config: Config;
  stack: string | null;
  /** `owner/repo@ref` for an action, pinned from config. */
  uses(repo: string): string;
}

/** One workflow step to render: a template name and its view. */
export interface EmittedStep {
  template: string;
  view: Record<string, unknown>;
  /** Secrets the step references (declared on workflow_call, passed by orchestrators). */
  secrets: string[];
  /** True when the step talks to AWS through OIDC (the job then needs id-token: write). */
  idToken?: boolean;
}

/** The GitHub step name for a doc step: its text without backticks, never an expression. */
export function stepName(step: Step): string {
  return inert(step.text.replace(/`/g, '').replace(/\s+/g, ' ').trim()).replace(/[.:]$/, '') || `Step ${step.index}`;
}

/** A config value source as a YAML value: `${{ secrets.X }}`, `${{ vars.X }}` or the literal. */
export function sourceValue(source: ValueSource): string {
  if ('secret' in source) return expression(`secrets.${source.secret}`);
  if ('var' in source) return expression(`vars.${source.var}`);
  return source.value;
}

/** Secrets a value source needs. */
export function sourceSecrets(source: ValueSource): string[] {
  return 'secret' in source ? [source.secret] : [];
}

/** The step id of lookup step `index` (and its k-th implicit lookup for a deploy). */
export function lookupId(index: number, k?: number): string {
  return k === undefined ? `lookup-${index}` : `lookup-${index}-${k}`;
}

/** `a b c` from a list, for a space-separated env value. */
export function words(list: readonly string[]): string {
  return list.join(' ');
}
