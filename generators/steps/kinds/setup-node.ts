/** Node.js: set up at the version the doc names (`Set up Node.js 20`). */
import { runtimeKind } from './runtime.js';

export const setupNode = runtimeKind('setup-node', 'Node.js', 'node\\.?js|node', [
  'Set up Node.js 20',
  'Setup Node.js `20`',
  'Install Node 22.',
]);
