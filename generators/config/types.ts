/** Config file names tried at the root, in order. */
export const CONFIG_FILES = ['docflow.config.yaml', 'docflow.config.yml'];

/** Resolved configuration: every key has its default filled in. */

/**
 * A run-time value: a secret, a variable, a dispatch input, a literal, or a template that
 * composes them (`arn:aws:iam::{secrets.ACCOUNT}:role/{vars.ROLE}`).
 */
export type ValueSource = { secret: string } | { var: string } | { input: string } | { value: string } | { template: string } | { github: 'ref' | 'ref_name' | 'sha' };

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
  /** Workflow-level `env:` of this workflow only, over the project's and the doc's `env`. */
  env: Record<string, string>;
  /** The workflow is one job that calls a reusable workflow, instead of the doc's steps. */
  calls: { job: string; workflow: string; with: Record<string, string> } | null;
  /** The environment the dispatch form preselects and the job runs in when a trigger brings no inputs; null: the first environment. */
  defaultEnvironment: string | null;
}

/** Another repository checked out into a folder of the workspace. */
export interface RepoCheckout {
  repository: string;
  /** The ref to check out: the first of these that is set (empty: the default branch). */
  ref: ValueSource[];
  path: string;
  /** The token the checkout reads the repository with (default: the job's token). */
  token: ValueSource | null;
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
  paths: {
    docs: string;
    workflows: string;
    diagrams: string;
    templates: string;
    /** The CloudFormation template of a component whose build step names none; `{id}` is the component id. */
    stackTemplates: string;
  };
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
   * (`--role-arn`); `install` how `Install SAM CLI` installs. The template path pattern is `paths.stackTemplates`.
   */
  sam: { resolveS3: boolean; s3Bucket: ValueSource | null; region: ValueSource | null; roleArn: ValueSource | null; install: SamInstall };
  /** Per-workflow options; only front matter sets them. */
  workflow: Record<'deploy' | 'delete', WorkflowOptions>;
  browser: { executablePath: string | null };
  orchestrator: { maxReusableWorkflows: number; secrets: 'explicit' | 'inherit' };
  /** The docs site (docs/site.md); null: no components index and no docs workflow. */
  site: SiteConfig | null;
}

/** Where the docs workflow takes a publishing value from: config, a variable, a secret, or a stack output. */
export type PublishValue = ValueSource | { stackOutput: { stack: string; output: string } };

/** Where the built site is published. */
export type SitePublish =
  | { to: 'github-pages' }
  | { to: 's3'; bucket: PublishValue; distribution: PublishValue; environment: string | null }
  | { to: 'none' };

/** `site:` in docflow.config.yaml, defaults applied. */
export interface SiteConfig {
  /** The system's name, for the home page and the index. */
  title: string;
  /** What the system is, one or two sentences (home page and index). */
  description: string | null;
  /** Where `npm run docs:build` writes the site, relative to the root. */
  outDir: string;
  publish: SitePublish;
}

/** Options a component's front matter may override. */
export type ComponentOptions = Pick<Config, 'environments' | 'aws' | 'runner' | 'timeoutMinutes' | 'stackPrefix' | 'guards' | 'env' | 'sam'>;

/** Keys allowed in front matter (`deploy` and `delete` set {@link WorkflowOptions}). */
export const COMPONENT_OPTION_KEYS = ['environments', 'aws', 'runner', 'timeoutMinutes', 'stackPrefix', 'guards', 'env', 'sam', 'deploy', 'delete'] as const;
/** Every key a doc's front matter may set: the component options, plus `service` (diagrams) and `group` (the site's sidebar). */
export const FRONT_MATTER_KEYS: readonly string[] = [...COMPONENT_OPTION_KEYS, 'service', 'group'];

const NO_WORKFLOW_OPTIONS: WorkflowOptions = { if: null, name: null, on: {}, inputs: {}, checkout: [], tests: null, orchestrated: true, env: {}, calls: null, defaultEnvironment: null };

/** Defaults: common OIDC practice (role ARN in a secret, region in a variable). */
export const DEFAULT_CONFIG: Config = {
  paths: { docs: 'docs/components', workflows: '.github/workflows', diagrams: 'docs/components/images', templates: 'templates', stackTemplates: 'templates/{id}.yaml' },
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
      // Full commit SHAs (zizmor's unpinned-uses), each with the tag it is as a comment.
      'actions/checkout': { ref: '11bd71901bbe5b1630ceea73d27597364c9af683', version: 'v4.2.2' },
      'aws-actions/configure-aws-credentials': { ref: 'e3dd6a429d7300a6a4c196c26e071d42e0343502', version: 'v4.0.2' },
      // No SHA for a setup-sam release is known here with certainty: a tag until one is verified.
      'aws-actions/setup-sam': { ref: 'v2', version: null },
      'actions/setup-node': { ref: '39370e3970a6d050c480ffad4ff0ed4d3fdee5af', version: 'v4.1.0' },
      'actions/setup-python': { ref: '0b93645e9fea7318ecaed2b359559ac225c90a2b', version: 'v5.3.0' },
'actions/configure-pages': { ref: '983d7736d9b0ae728b81ab479565c72886d7745b', version: 'v5.0.0' },
      'actions/upload-pages-artifact': { ref: '56afc609e74202658d3ffba0e8f6dda462b719fa', version: 'v3.0.1' },
      'actions/deploy-pages': { ref: 'd6db90164ac5ed86f2b6aed7e0febac5b3c0c03e', version: 'v4.0.5' },
    },
  },
  guards: { deploy: true, delete: true },
  sam: { resolveS3: true, s3Bucket: null, region: null, roleArn: null, install: { via: 'action', if: null, pin: true } },
  workflow: { deploy: NO_WORKFLOW_OPTIONS, delete: NO_WORKFLOW_OPTIONS },
  browser: { executablePath: null },
  orchestrator: { maxReusableWorkflows: 50, secrets: 'explicit' },
  site: null,
};

/** `site:` defaults, used once the key is present. */
export const DEFAULT_SITE: SiteConfig = { title: 'Components', description: null, outDir: 'out/site', publish: { to: 'github-pages' } };
