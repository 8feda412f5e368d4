/** Config file names tried at the root, in order. */
export const CONFIG_FILES = ['docflow.config.yaml', 'docflow.config.yml'];

/** Resolved configuration: every key has its default filled in. */

/** A run-time value: a secret, a variable, or a literal. */
export type ValueSource = { secret: string } | { var: string } | { value: string };

/** Project-wide options (docflow.config.yaml), defaults applied. */
export interface Config {
  paths: { docs: string; workflows: string; diagrams: string; templates: string };
  environments: string[];
  aws: { roleToAssume: ValueSource; region: ValueSource };
  runner: string;
  timeoutMinutes: number;
  /** Default stack name prefix (`<stackPrefix>-<id>`); null: a doc must name its stack. */
  stackPrefix: string | null;
  pins: { samCli: string; actions: Record<string, { ref: string; version: string | null }> };
  guards: { deploy: boolean; delete: boolean };
  /** SAM settings: `resolveS3` lets `sam deploy` create and use a managed bucket for artifacts. */
  sam: { resolveS3: boolean };
  browser: { executablePath: string | null };
  orchestrator: { maxReusableWorkflows: number };
}

/** Options a component's front matter may override. */
export type ComponentOptions = Pick<Config, 'environments' | 'aws' | 'runner' | 'timeoutMinutes' | 'stackPrefix' | 'guards'>;

/** Keys allowed in front matter. */
export const COMPONENT_OPTION_KEYS = ['environments', 'aws', 'runner', 'timeoutMinutes', 'stackPrefix', 'guards'] as const;

/** Defaults: common OIDC practice (role ARN in a secret, region in a variable). */
export const DEFAULT_CONFIG: Config = {
  paths: { docs: 'docs/components', workflows: '.github/workflows', diagrams: 'docs/components/images', templates: 'templates' },
  environments: ['dev', 'production'],
  aws: { roleToAssume: { secret: 'AWS_ROLE_ARN' }, region: { var: 'AWS_REGION' } },
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
  sam: { resolveS3: true },
  browser: { executablePath: null },
  orchestrator: { maxReusableWorkflows: 50 },
};
