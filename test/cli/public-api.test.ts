// The public surface is small and deliberate: adding or removing an export is
// an API change, so it must show up here.
import { expect, it } from 'vitest';
import * as api from '../../generators/index.js';

it('exports exactly the documented names', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'PARTICIPANT',
      'PHASES',
      'analyze',
      'buildModel',
      'builtinStepKinds',
      'compareDiagnostics',
      'compareWithDisk',
      'defineStepKind',
      'computeOutputs',
      'formatGithub',
      'formatJson',
      'formatText',
      'generateWorkflows',
      'hasErrors',
      'loadConfig',
      'loadProject',
      'main',
      'modelJson',
      'normalizeDiagnostics',
      'parseConfig',
      'planOrchestration',
      'readDocs',
      'rules',
      'stackOf',
    ].sort(),
  );
});

it('works end to end through the package entry: a project loads and generates', async () => {
  const project = await api.loadProject({ root: process.cwd() });
  const outputs = await api.computeOutputs(project, { lint: false });
  expect(outputs.files.some((f) => f.path === '.github/workflows/deploy-dynamodb-users.yml')).toBe(true);
  expect((await api.compareWithDisk(project, outputs)).diagnostics).toEqual([]);
});
