/** Python: set up at the version the doc names (`Set up Python 3.12`); default 3.12. */
import { runtimeKind } from './runtime.js';
export const setupPython = runtimeKind({
    id: 'setup-python',
    label: 'Python',
    names: 'python',
    examples: ['Set up Python 3.12', 'Install Python `3.12`.'],
    action: 'actions/setup-python',
    defaultVersion: '3.12',
    versionInput: 'python-version',
});
