/**
 * SAM CLI: installed on the runner at the pinned version (a doc may name one).
 */
import type { StepKind } from '../kind.js';
import { phrase } from '../kind.js';

const pattern = /^(?:install|set ?up|setup)(?: the)?(?: aws)? sam(?: cli)?(?: `?v?(\d[\w.-]*)`?)?$/i;

export const setupSam: StepKind = {
  id: 'setup-sam',
  summary: 'Install the AWS SAM CLI.',
  examples: ['Install SAM CLI', 'Set up the SAM CLI.', 'Setup AWS SAM CLI', 'Install SAM CLI `1.132.0`'],
  match(step) {
    const m = pattern.exec(phrase(step));
    return m ? { params: { version: m[1] ?? null } } : null;
  },
};
