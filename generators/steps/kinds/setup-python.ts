/** Python: set up at the version the doc names (`Set up Python 3.12`). */
import { runtimeKind } from './runtime.js';

export const setupPython = runtimeKind('setup-python', 'Python', 'python', [
  'Set up Python 3.12',
  'Install Python `3.12`.',
]);
