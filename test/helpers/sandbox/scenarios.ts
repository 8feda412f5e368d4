/**
 * Named sandbox runs kept in a fixture's `sandbox/scenarios.yaml`, so the
 * hand-written workflows and any other set of workflows (the generated ones)
 * run under exactly the same triggers, contexts and fake AWS.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { FakeAws, FakeContexts, Outcome, SandboxRun, StubRule, Trigger } from './types.js';

/** One named run; `expect` maps a job id to its result where it is not `success`/`skipped`. */
export interface Scenario {
  name: string;
  /** The workflow's file name under `.github/workflows/`. */
  workflow: string;
  expect: Record<string, Outcome>;
  /** The run for the workflows of `repo` (a folder with `.github/workflows/`). */
  run(repo: string): SandboxRun;
}

interface ScenarioFile {
  contexts?: FakeContexts;
  aws?: FakeAws;
  runs: Record<string, { workflow: string; trigger: Trigger; env?: Record<string, string>; aws?: FakeAws; rules?: StubRule[]; expect?: Record<string, Outcome> }>;
}

/** Merges by key one level down (stack, bucket, log group); `null` removes the entry. */
function mergeAws(base: FakeAws, extra: FakeAws | undefined): FakeAws {
  const out: FakeAws = structuredClone(base);
  if (!extra) return out;
  for (const key of ['stacks', 'buckets'] as const) {
    if (!extra[key]) continue;
    const merged: Record<string, unknown> = { ...out[key] };
    for (const [name, value] of Object.entries(extra[key])) {
      if (value === null) delete merged[name];
      else merged[name] = value;
    }
    out[key] = merged as never;
  }
  if (extra.logGroups) out.logGroups = extra.logGroups;
  return out;
}

/** Reads the scenarios of a fixture, sorted by name. */
export function loadScenarios(file: string): Scenario[] {
  const data = parse(readFileSync(file, 'utf8')) as ScenarioFile;
  return Object.entries(data.runs)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, spec]) => ({
      name,
      workflow: spec.workflow,
      expect: spec.expect ?? {},
      run: (repo: string): SandboxRun => ({
        repo,
        workflow: `.github/workflows/${spec.workflow}`,
        trigger: spec.trigger,
        contexts: { ...data.contexts, env: { ...data.contexts?.env, ...spec.env } },
        aws: mergeAws(data.aws ?? {}, spec.aws),
        rules: spec.rules ?? [],
      }),
    }));
}
