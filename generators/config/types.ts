/** Resolved configuration: every key has its default filled in. */

/**
 * A run-time value: a secret, a variable, a dispatch input, a literal, or a template that
 * composes them (`arn:aws:iam::{secrets.ACCOUNT}:role/{vars.ROLE}`).
 */
export type ValueSource = { secret: string } | { var: string } | { input: string } | { value: string } | { template: string };

/** How the SAM CLI is installed: the setup-sam action, or `pip install aws-sam-cli`; `if` guards the step. */
export interface SamInstall {
  via: 'action' | 'pip';
  if: string | null;
  /** Install `pins.samCli` when the step names no version (pip: `aws-sam-cli==<pin>`). */
  pin: boolean;
}

/** One per-workflow job option set (front matter `deploy:` / `delete:`). */
export interface WorkflowOptions {
  /** Job-level `if:` condition (no `${{ }}`). */
  if: string | null;
  /** Workflow `name:` for this workflow, instead of the naming pattern. */
  name: string | null;
  /** Extra triggers, copied under `on:` (only `repository_dispatch`, `push`, `schedule`). */
  on: Record<string, unknown>;
  /** Extra `workflow_dispatch` / `workflow_call` inputs. */
  inputs: Record<string, WorkflowInput>;
  /** Other repositories to check out after the repository's own checkout. */
  checkout: RepoCheckout[];
  /** Post-deploy tests: a second job calling a reusable workflow. */
  tests: { workflow: string; with: Record<string, string> } | null;
  /** False: left out of deploy-all / delete-all (run only by its own trigger). */
  orchestrated: boolean;
}

/** Another repository checked out into a folder of the workspace. */
export interface RepoCheckout {
  repository: string;
  ref: ValueSource | null;
  path: string;
}

/** An extra dispatch input. */
export interface WorkflowInput {
  description: string;
  type: 'string' | 'boolean' | 'number' | 'choice';
  default: string | boolean | number | null;
  options?: string[];
  required: boolean;
}

/** Project-wide options (docflow.config.yaml), defaults applied. */
export interface Config {
  paths: { docs: string; workflows: string; diagrams: string; templates: string };
  environments: string[];
  aws: { roleToAssume: ValueSource; region: ValueSource };
  /** Names other workflows rely on: file extension, environment input, job ids, `name:` pattern. */
  naming: { extension: 'yml' | 'yaml'; environmentInput: string; workflowName: string; jobIds: { deploy: string; delete: string } };
  /** `actions/checkout` settings: `persistCredentials` leaves the job token in the checkout (default false). */
  checkout: { persistCredentials: boolean };
  /** Workflow-level `env:` of every component workflow. */
  env: Record<string, string>;
  runner: string;
  timeoutMinutes: number;
  /** Default stack name prefix (`<stackPrefix>-<id>`); null: a doc must name its stack. */
  stackPrefix: string | null;
  pins: { samCli: string; actions: Record<string, { ref: string; version: string | null }> };
  guards: { deploy: boolean; delete: boolean };
  /**
   * SAM settings: `resolveS3` lets `sam deploy` create and use a managed bucket for artifacts;
   * `s3Bucket` names the bucket instead; `roleArn` is the CloudFormation execution role
   * (`--role-arn`); `install` how `Install SAM CLI` installs; `template` the default template path pattern.
   */
  sam: { resolveS3: boolean; s3Bucket: ValueSource | null; region: ValueSource | null; roleArn: ValueSource | null; install: SamInstall; template: string };
  /** Per-workflow options; only front matter sets them. */
  workflow: Record<'deploy' | 'delete', WorkflowOptions>;
  browser: { executablePath: string | null };
  orchestrator: { maxReusableWorkflows: number; secrets: 'explicit' | 'inherit' };
}

/** Options a component's front matter may override. */
export type ComponentOptions = Pick<Config, 'environments' | 'aws' | 'runner' | 'timeoutMinutes' | 'stackPrefix' | 'guards' | 'env' | 'sam'>;

/** Keys allowed in front matter (`deploy` and `delete` set {@link WorkflowOptions}). */
export const COMPONENT_OPTION_KEYS = ['environments', 'aws', 'runner', 'timeoutMinutes', 'stackPrefix', 'guards', 'env', 'sam', 'deploy', 'delete'] as const;

const NO_WORKFLOW_OPTIONS: WorkflowOptions = { if: null, name: null, on: {}, inputs: {}, checkout: [], tests: null, orchestrated: true };

/** Defaults: common OIDC practice (role ARN in a secret, region in a variable). */
export const DEFAULT_CONFIG: Config = {
  paths: { docs: 'docs/components', workflows: '.github/workflows', diagrams: 'docs/components/images', templates: 'templates' },
  environments: ['dev', 'production'],
  aws: { roleToAssume: { secret: 'AWS_ROLE_ARN' }, region: { var: 'AWS_REGION' } },
  naming: { extension: 'yml', environmentInput: 'environment', workflowName: '{phase}-{id}', jobIds: { deploy: 'deploy', delete: 'delete' } },
  checkout: { persistCredentials: false },
  env: {},
  runner: 'ubuntu-latest',
  timeoutMinutes: 30,
  stackPrefix: null,
  pins: {
    samCli: '1.132.0',
    actions: {
      'actions/checkout': { ref: 'v4', version: null },
      'aws-actions/configure-aws-credentials': { ref: 'v4', version: null },
      'aws-actions/setup-sam': { ref: 'v2', version: null },
      'actions/setup-node': { ref: 'v4', version: null },
      'actions/setup-python': { ref: 'v5', version: null },
    },
  },
  guards: { deploy: true, delete: true },
  sam: { resolveS3: true, s3Bucket: null, region: null, roleArn: null, install: { via: 'action', if: null, pin: true }, template: 'templates/{id}.yaml' },
  workflow: { deploy: NO_WORKFLOW_OPTIONS, delete: NO_WORKFLOW_OPTIONS },
  browser: { executablePath: null },
  orchestrator: { maxReusableWorkflows: 50, secrets: 'explicit' },
};
