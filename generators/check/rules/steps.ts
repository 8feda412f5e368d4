/** Shared walks over every workflow and every step. */
import type { Component, Phase, Step, Workflow } from '../../model/types.js';
import { PHASES } from '../../model/types.js';

/** Each workflow with its component and phase, in doc order. */
export function* allWorkflows(components: readonly Component[]): Generator<{ c: Component; phase: Phase; wf: Workflow }> {
  for (const c of components) for (const phase of PHASES) {
    const wf = c.workflows[phase];
    if (wf) yield { c, phase, wf };
  }
}

/** Each step with its component and phase, in doc order. */
export function* allSteps(components: readonly Component[]): Generator<{ c: Component; phase: Phase; step: Step }> {
  for (const { c, phase, wf } of allWorkflows(components)) for (const step of wf.steps) yield { c, phase, step };
}
