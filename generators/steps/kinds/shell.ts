/**
 * Shell command: a step written whole as one command in backticks
 * (`` `npm ci` ``, ``Run `npm test` ``). Listed last: it is the catch-all for
 * backticked commands the specific kinds did not claim.
 */
import type { StepKind } from '../kind.js';
import { phrase } from '../kind.js';

const pattern = /^(?:run )?`([^`]+)`$/i;

export const shell: StepKind = {
  id: 'shell',
  summary: 'Run a shell command given whole in backticks.',
  examples: ['`npm ci`', 'Run `npm test`.'],
  match(step) {
    const m = pattern.exec(phrase(step));
    return m ? { params: { command: m[1]!.trim() } } : null;
  },
};
