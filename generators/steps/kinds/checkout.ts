/**
 * Checkout: the repository checked out on the runner. Every workflow that
 * builds from source needs it, so it is the most common first step.
 */
import type { StepKind } from '../kind.js';
import { phrase } from '../kind.js';

const pattern = /^(?:git )?(?:check ?out|clone)(?: the)?(?: (?:git )?(?:repo|repository|code|source(?: code)?))?$/i;

export const checkout: StepKind = {
  id: 'checkout',
  summary: 'Check out the repository.',
  examples: ['Checkout repository', 'Check out the repository.', 'Checkout code'],
  match: (step) => (pattern.test(phrase(step)) ? { params: {} } : null),
};
