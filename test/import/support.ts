/**
 * The import round trip: a copy of a fixture's hand-written workflows,
 * imported (`docflow import`) and generated (`docflow generate --adopt`),
 * compared with the originals in the sandbox under the fixture's scenarios.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

/**
 * Drops every third step item (with everything indented under it) and every
 * third top-level list entry (dependency and Required By entries), counting
 * across the docs it is given, in order.
 */
export function thinner(): (text: string) => { text: string; steps: number; entries: number; total: { steps: number; entries: number } } {
  let seenSteps = 0;
  let seenEntries = 0;
  return (text) => {
    const lines = text.split('\n');
    const out: string[] = [];
    let steps = 0;
    let entries = 0;
    const [stepsBefore, entriesBefore] = [seenSteps, seenEntries];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (/^\d+\. /.test(line)) {
        if (++seenSteps % 3 === 0) {
          steps++;
          // Skip the item and everything indented under it.
          while (i + 1 < lines.length && (lines[i + 1] === '' || lines[i + 1]!.startsWith('   '))) i++;
          out.push('');
          continue;
        }
      } else if (/^- `/.test(line) && ++seenEntries % 3 === 0) {
        entries++;
        continue;
      }
      out.push(line);
    }
    return { text: out.join('\n').replace(/\n{3,}/g, '\n\n'), steps, entries, total: { steps: seenSteps - stepsBefore, entries: seenEntries - entriesBefore } };
  };
}

/** Every file of the repo with its mtime and length: what a run that writes nothing leaves as it was. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = `${statSync(p).mtimeMs} ${readFileSync(p, 'utf8').length}`;
    }
  };
  walk(dir);
  return out;
}
