import { expect, it } from 'vitest';
import * as render from '../../generators/render/index.js';

// Pins the public surface: adding or removing an export is a deliberate change.
it('exports a small, known surface', () => {
  expect(Object.keys(render).sort()).toEqual([
    'BROWSER_ARGS',
    'BROWSER_HINT',
    'BrowserError',
    'DEFAULT_CONCURRENCY',
    'DEFAULT_SEED',
    'NoBrowserError',
    'SYSTEM_BROWSER_PATHS',
    'browserCandidates',
    'createProgressLine',
    'diagramSvgId',
    'embeddedSourceHash',
    'findBrowser',
    'formatProgress',
    'launchBrowser',
    'openRenderer',
    'renderDiagramFiles',
    'sourceHash',
    'withSourceHash',
  ]);
});
