/** Config file names tried at the root, in order. */
export const CONFIG_FILES = ['docflow.config.yaml', 'docflow.config.yml'];
/** Keys allowed in front matter (`deploy` and `delete` set {@link WorkflowOptions}). */
export const COMPONENT_OPTION_KEYS = ['environments', 'aws', 'runner', 'timeoutMinutes', 'stackPrefix', 'guards', 'env', 'sam', 'deploy', 'delete'];
/** Every key a doc's front matter may set: the component options, plus `service` (diagrams) and `group` (the site's sidebar). */
export const FRONT_MATTER_KEYS = [...COMPONENT_OPTION_KEYS, 'service', 'group'];
const NO_WORKFLOW_OPTIONS = { if: null, name: null, on: {}, inputs: {}, checkout: [], tests: null, orchestrated: true, env: {}, calls: null, defaultEnvironment: null };
/** Defaults: common OIDC practice (role ARN in a secret, region in a variable). */
export const DEFAULT_CONFIG = {
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
export const DEFAULT_SITE = { title: 'Components', description: null, outDir: 'out/site', publish: { to: 'github-pages' } };
