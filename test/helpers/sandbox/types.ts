/** The sandbox's inputs and its trace: what a workflow run did, in order. */
import type { Value } from './expressions.js';

/** The event that starts the run. `ref` defaults to `refs/heads/main`. */
export type Trigger =
  | { event: 'workflow_dispatch'; inputs?: Record<string, string | boolean | number>; ref?: string }
  | { event: 'workflow_call'; inputs?: Record<string, string | boolean | number>; ref?: string }
  | { event: 'repository_dispatch'; type: string; payload?: Record<string, Value>; ref?: string }
  | { event: 'push'; ref: string };

/** Fixed fake contexts. `github` is merged over the defaults; `env` is the runner's own environment (e.g. `ACT`). */
export interface FakeContexts {
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  github?: Record<string, Value>;
  env?: Record<string, string>;
  runner?: Record<string, Value>;
}

/** A stack the fake AWS knows. A stack with a `region` exists only there. */
export interface FakeStack {
  status?: string;
  outputs?: Record<string, string>;
  region?: string;
}

/** A bucket the fake AWS knows, with what emptying it must remove. */
export interface FakeBucket {
  versions?: { key: string; versionId: string }[];
  deleteMarkers?: { key: string; versionId: string }[];
  uploads?: { key: string; uploadId: string }[];
}

/**
 * The fake AWS state the `aws`/`sam` stubs answer from. Deploys and deletes
 * change it, so later jobs see their effect. When `buckets` or `logGroups`
 * is given, any other bucket or log group does not exist.
 */
export interface FakeAws {
  stacks?: Record<string, FakeStack>;
  buckets?: Record<string, FakeBucket>;
  logGroups?: string[];
}

/**
 * A scripted answer for a stubbed tool. It applies when every `match` token is
 * contained in some argument, in order. `json` is answered like the AWS CLI
 * (`--query` and `--output` applied). A rule with `once` answers one call only.
 * Rules are tried in order before the fake AWS.
 */
export interface StubRule {
  tool: string;
  match?: string[];
  stdout?: string;
  stderr?: string;
  json?: Value;
  exitCode?: number;
  once?: boolean;
}

/** What a stand-in action does instead of the real one. */
export type FakeAction = (inputs: Record<string, string>) => { outputs?: Record<string, string>; env?: Record<string, string>; fail?: string };

/** One sandbox run. Paths are relative to `repo`. */
export interface SandboxRun {
  /** The repository root: `.github/workflows/` is under it, and checkout copies it. */
  repo: string;
  /** The workflow file, e.g. `.github/workflows/deploy-all.yaml`. */
  workflow: string;
  trigger: Trigger;
  contexts?: FakeContexts;
  aws?: FakeAws;
  rules?: StubRule[];
  /** Commands replaced by the recording stub. Defaults to {@link DEFAULT_TOOLS}. */
  tools?: string[];
  /** Top-level entries of `repo` that a checkout leaves out (always: node_modules, .git, out). */
  checkoutSkip?: string[];
  /** Files the checked-out repository also holds (path → text): an app folder a doc names that the fixture does not ship. */
  checkoutExtra?: Record<string, string>;
  /** Stand-ins for actions, by `owner/name` (no version). */
  actions?: Record<string, FakeAction>;
}

/** The commands stubbed unless a run says otherwise. */
export const DEFAULT_TOOLS = ['aws', 'sam', 'pip', 'pip3', 'npm', 'npx', 'gh', 'python', 'python3', 'curl'];

/** One call of a stubbed tool. Paths are shown as `$GITHUB_WORKSPACE`, `$RUNNER_TEMP` and `$HOME`. */
export interface ToolCall {
  tool: string;
  argv: string[];
  /** Relative to the workspace (`.` at its root). */
  cwd: string;
  /** The environment the workflow gave the call (declared `env:`, `$GITHUB_ENV`, shell exports), not the runner's. */
  env: Record<string, string>;
  stdin?: string;
  exitCode: number;
}

export type Outcome = 'success' | 'failure' | 'skipped';

export interface StepTrace {
  name: string;
  id?: string;
  /** The condition in canonical form (see `canonicalCondition`). */
  condition: string;
  outcome: Outcome;
  conclusion: Outcome;
  continueOnError: boolean;
  uses?: string;
  with?: Record<string, string>;
  calls: ToolCall[];
  /** What the step wrote to `$GITHUB_STEP_SUMMARY`. */
  summary?: string;
  /** Why the step failed: its last lines of stderr. */
  error?: string;
}

export interface JobTrace {
  /** The job id; a job of a called workflow is `caller/callee`. */
  id: string;
  needs: string[];
  condition: string;
  result: Outcome;
  environment?: string;
  /** For a job that calls a reusable workflow: its path and evaluated inputs and secrets. */
  calls?: { workflow: string; with: Record<string, Value>; secrets: 'inherit' | Record<string, string> };
  steps: StepTrace[];
}

/** Everything one run did. Jobs are in a deterministic order that respects `needs`. */
export interface Trace {
  workflow: string;
  trigger: Trigger;
  jobs: JobTrace[];
}
