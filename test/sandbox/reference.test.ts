/**
 * Every hand-written workflow of the reference repo runs in the sandbox, under
 * each of its scenarios, and does what its golden trace says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareTraces, formatComparison, formatTrace, runWorkflow } from '../helpers/sandbox/index.js';
import { loadScenarios } from '../helpers/sandbox/scenarios.js';
import { expectGolden } from '../helpers/golden.js';
import { repoRoot } from '../helpers/world.js';
import { actionlint } from '../emit/support.js';

const fixture = path.join(repoRoot, 'test/fixtures/reference-repo');
const scenarios = loadScenarios(path.join(fixture, 'sandbox/scenarios.yaml'));

describe('reference repo in the sandbox', () => {
  test('every workflow has a scenario', () => {
    const workflows = readdirSync(path.join(fixture, '.github/workflows')).sort();
    const covered = new Set(scenarios.map((scenario) => scenario.workflow));
    expect(workflows.filter((file) => !covered.has(file))).toEqual([]);
    expect(workflows.length).toBeGreaterThanOrEqual(14);
  });

  test('every workflow passes actionlint', async () => {
    const folder = path.join(fixture, '.github/workflows');
    const files = readdirSync(folder).sort().map((file) => ({ path: `.github/workflows/${file}`, content: readFileSync(path.join(folder, file), 'utf8'), source: null, origins: [] }));
    expect(await actionlint(files)).toEqual([]);
  });

  for (const scenario of scenarios) {
    test(scenario.name, { timeout: 600_000 }, async () => {
      const trace = await runWorkflow(scenario.run(fixture));
      const results = Object.fromEntries(trace.jobs.map((job) => [job.id, job.result]));
      const wanted = Object.fromEntries(trace.jobs.map((job) => [job.id, scenario.expect[job.id] ?? (job.result === 'skipped' ? 'skipped' : 'success')]));
      expect(results, formatTrace(trace)).toEqual(wanted);
      // A scenario where nothing runs must say so in `expect`.
      expect(trace.jobs.some((job) => results[job.id] !== 'skipped' || scenario.expect[job.id] === 'skipped'), 'some job runs').toBe(true);
      expectGolden(path.join(fixture, 'sandbox/traces', `${scenario.name}.txt`), formatTrace(trace));
      const self = compareTraces(trace, trace);
      expect(self.equivalent, formatComparison(self)).toBe(true);
    });
  }
});
