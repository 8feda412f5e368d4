/** Shared walk over every step of every workflow. */
import type { Component, Phase, Step } from '../../model/types.js';
import { PHASES } from '../../model/types.js';

/** Each step with its component and phase, in doc order. */
export function* allSteps(components: readonly Component[]): Generator<{ c: Component; phase: Phase; step: Step }> {
  for (const c of components) for (const phase of PHASES) for (const step of c.workflows[phase]?.steps ?? []) yield { c, phase, step };
}
