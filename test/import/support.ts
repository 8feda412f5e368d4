/**
 * The import round trip: a copy of a fixture's hand-written workflows,
 * imported (`docflow import`) and generated (`docflow generate --adopt`),
 * compared with the originals in the sandbox under the fixture's scenarios.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareTraces, formatComparison, runWorkflow } from '../helpers/sandbox/index.js';
import type { Scenario } from '../helpers/sandbox/scenarios.js';
import { runCli, type CliRun } from '../helpers/cli.js';

export const long = { timeout: 900_000 };

/** A scratch copy of `fixture` without its sandbox folder (and without `skip` entries); removed by `cleanup`. */
export function scratchCopy(fixture: string, copies: string[], skip: readonly string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docflow-import-'));
  copies.push(dir);
  cpSync(fixture, dir, { recursive: true, filter: (source) => { const rel = path.relative(fixture, source); return rel !== 'sandbox' && !skip.includes(rel); } });
  return dir;
}

export function cleanup(copies: readonly string[]): void {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
}

export async function cli(cwd: string, ...argv: string[]): Promise<CliRun> {
  return runCli(argv, { cwd, env: { NO_COLOR: '1' } });
}

/** One scenario on the reference and on the candidate repo: equivalent, and the report if not. */
export async function roundTrip(scenario: Scenario, reference: string, candidate: string): Promise<{ equivalent: boolean; report: string }> {
  const ref = await runWorkflow(scenario.run(reference));
  let cand;
  try {
    cand = await runWorkflow(scenario.run(candidate));
  } catch (e) {
    return { equivalent: false, report: `the generated workflow cannot run: ${(e as Error).message}` };
  }
  const comparison = compareTraces(ref, cand);
  return { equivalent: comparison.equivalent, report: formatComparison(comparison) };
}
