/** Node.js: set up at the version the doc names (`Set up Node.js 20`); default 20, the active LTS line. */
import { runtimeKind } from './runtime.js';
export const setupNode = runtimeKind({
    id: 'setup-node',
    label: 'Node.js',
    names: 'node\\.?js|node',
    caches: ['npm', 'yarn', 'pnpm'],
    examples: ['Set up Node.js 20', 'Setup Node.js `20`', 'Install Node 22.', 'Set up Node.js 20 with the npm cache of `ui/package-lock.json`'],
    action: 'actions/setup-node',
    versionInput: 'node-version',
    defaultVersion: '20',
});
