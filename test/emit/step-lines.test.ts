/**
 * Each doc step's line range in a generated workflow is found by a line scan
 * of docflow's fixed YAML layout (emit/yaml.ts workflowStepLines); it must
 * give exactly the ranges a YAML parser gives, on every workflow the example
 * and the emit fixtures generate.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { expect, it } from 'vitest';
import { scanStepLines } from '../../generators/emit/yaml.js';
import { repoRoot } from '../helpers/world.js';
import { generateProject } from './support.js';

function parsedStepLines(text: string, jobId: string): { start: number; end: number }[] {
  const counter = new LineCounter();
  const node = parseDocument(text, { lineCounter: counter }).getIn(['jobs', jobId, 'steps'], true) as Node | undefined;
  if (!node || !isSeq(node)) return [];
  return node.items.map((item) => {
    const range = (item as Node).range ?? [0, 0, 0];
    return { start: counter.linePos(range[0]).line, end: counter.linePos(Math.max(range[0], range[1] - 1)).line };
  });
}

it('finds the same step lines as parsing the YAML', { timeout: 300_000 }, async () => {
  const fixtures = path.join(repoRoot, 'test/fixtures/emit');
  const roots = [repoRoot, ...readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(fixtures, e.name))];
  let compared = 0;
  for (const root of roots) {
    const { outputs } = await generateProject(root, root === repoRoot ? undefined : 'docs');
    for (const file of outputs.files.filter((f) => f.path.endsWith('.yml'))) {
      const jobs = Object.keys((parseDocument(file.content).toJS() as { jobs: Record<string, unknown> }).jobs);
      for (const jobId of jobs) {
        const parsed = parsedStepLines(file.content, jobId);
        if (parsed.length === 0) continue; // a job that calls a workflow
        expect(scanStepLines(file.content, jobId), `${root}: ${file.path} job ${jobId}`).toEqual(parsed);
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(30);
});
