/** Python: set up at the version the doc names (`Set up Python 3.12`); default 3.12. */
import { runtimeKind } from './runtime.js';
export const setupPython = runtimeKind({
    id: 'setup-python',
    label: 'Python',
    names: 'python',
    caches: ['pip', 'pipenv', 'poetry'],
    examples: ['Set up Python 3.12', 'Install Python `3.12`.', 'Set up Python 3.12 with the pip cache'],
    action: 'actions/setup-python',
    defaultVersion: '3.12',
    versionInput: 'python-version',
});
