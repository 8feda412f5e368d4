/**
 * The step vocabulary, through the model: every phrasing a step kind lists in
 * its `examples`, and variants of it (trailing period, capitalisation, extra
 * spaces), must give that kind and the same params. Then parameter sources,
 * wiring of bare parameters to earlier lookups, and unrecognised steps.
 */
import { describe, expect, it } from 'vitest';
import { builtinStepKinds } from '../../generators/steps/registry.js';
import { analyzeDocs, modelOf, printDiagnostics, withoutPositions } from '../helpers/world.js';

type StepJson = { line: number; column: number; text: string; kind: string | null; params: Record<string, unknown> };

/**
 * Reads `steps` (Markdown list items, without the `1. `) as the deploy
 * workflow of one doc; the first step is on line 11. `errors` is what a
 * clean doc must not have (a deploy without a build is tested on its own,
 * in rules.md and the rule-missing-build fixture); `printed` shows every diagnostic.
 */
function readSteps(...steps: string[]) {
  const body = steps.map((s, i) => `${i + 1}. ${s}`).join('\n');
  const diagram = '### Sequence Diagram\n\n![Deploy x sequence](./images/deploy-x.svg)\n';
  const analysis = analyzeDocs({ 'x.md': `# x\n\n## CloudFormation Stack\n\n\`firefly-x\`\n\n## Deploy Workflow\n\n### Steps\n\n${body}\n\n${diagram}` });
  const c = modelOf(analysis).components[0] as unknown as { workflows: { deploy: { steps: StepJson[] } } };
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'missing-build');
  return { steps: c.workflows.deploy.steps, diagnostics: analysis.diagnostics, errors, printed: printDiagnostics(analysis.diagnostics) };
}

const one = (step: string) => readSteps(step).steps[0]!;

/** The params every listed example must give (positions left out). */
const EXPECTED: Record<string, Record<string, unknown>> = {
  'Checkout repository': {},
  'Check out the repository.': {},
  'Checkout code': {},
  'Configure AWS credentials': { secret: null, region: null },
  'Configure AWS credentials (requires the `AWS_DEPLOY_ROLE_ARN` secret).': { secret: 'AWS_DEPLOY_ROLE_ARN', region: null },
  'Set up AWS credentials using the `AWS_DEPLOY_ROLE_ARN` secret': { secret: 'AWS_DEPLOY_ROLE_ARN', region: null },
  'Configure AWS credentials (`us-east-1` required)': { secret: null, region: 'us-east-1' },
  'Install SAM CLI': { version: null },
  'Set up the SAM CLI.': { version: null },
  'Setup AWS SAM CLI': { version: null },
  'Install SAM CLI `1.132.0`': { version: '1.132.0' },
  'Set up Node.js 20': { version: '20', cache: null, cacheDependencyPath: null },
  'Setup Node.js `20`': { version: '20', cache: null, cacheDependencyPath: null },
  'Install Node 22.': { version: '22', cache: null, cacheDependencyPath: null },
  'Set up Node.js 20 with the npm cache of `ui/package-lock.json`': { version: '20', cache: 'npm', cacheDependencyPath: 'ui/package-lock.json' },
  'Set up Python 3.12': { version: '3.12', cache: null, cacheDependencyPath: null },
  'Install Python `3.12`.': { version: '3.12', cache: null, cacheDependencyPath: null },
  'Set up Python 3.12 with the pip cache': { version: '3.12', cache: 'pip', cacheDependencyPath: null },
  '`sam build` — template: `templates/dynamodb-users.yaml`': { template: 'templates/dynamodb-users.yaml', flags: [] },
  'SAM build.': { template: null, flags: [] },
  'SAM build `templates/x.yaml`.': { template: 'templates/x.yaml', flags: [] },
  '`sam build --template-file templates/x.yaml`': { template: 'templates/x.yaml', flags: [] },
  '`sam deploy` — stack: `firefly-x`; params: `TableName` (from vars.TABLE_NAME), `ApiKey` (from secrets); capabilities: `CAPABILITY_IAM`': {
    stack: 'firefly-x',
    parameters: [
      { name: 'TableName', source: { kind: 'expression', expression: 'vars.TABLE_NAME' } },
      { name: 'ApiKey', source: { kind: 'expression', expression: 'secrets.API_KEY' } },
    ],
    capabilities: ['CAPABILITY_IAM'],
    flags: [],
  },
  'SAM deploy `firefly-x` with parameters:\n   - `TableName` (from `TABLE_NAME` variable)\n   - `ApiKey` (from `API_KEY` secret)\n   - `ApiId` (from the `firefly-http-api` stack output)\n   - `ApiId`': {
    stack: 'firefly-x',
    parameters: [
      { name: 'TableName', source: { kind: 'expression', expression: 'vars.TABLE_NAME' } },
      { name: 'ApiKey', source: { kind: 'expression', expression: 'secrets.API_KEY' } },
      { name: 'ApiId', source: { kind: 'stack-output', stack: 'firefly-http-api', output: 'ApiId' } },
      { name: 'ApiId', source: null },
    ],
    capabilities: [],
    flags: [],
  },
  '`sam deploy --stack-name firefly-x --capabilities CAPABILITY_IAM --parameter-overrides Stage=prod`': {
    stack: 'firefly-x',
    parameters: [{ name: 'Stage', source: { kind: 'literal', value: 'prod' } }],
    capabilities: ['CAPABILITY_IAM'],
    flags: [],
  },
  'SAM delete `firefly-x`.': { stack: 'firefly-x', flags: [] },
  '`sam delete --stack-name firefly-x --no-prompts --region "$AWS_REGION"`': { stack: 'firefly-x', flags: [] },
  '`aws cloudformation deploy` — stack: `firefly-cdn`; template: `templates/cdn.yaml`; params: `DomainName` (from vars.UI_DOMAIN), `CertificateArn` (from the `firefly-acm-certificate` stack output); capabilities: `CAPABILITY_IAM`': {
    stack: 'firefly-cdn',
    template: 'templates/cdn.yaml',
    parameters: [
      { name: 'DomainName', source: { kind: 'expression', expression: 'vars.UI_DOMAIN' } },
      { name: 'CertificateArn', source: { kind: 'stack-output', stack: 'firefly-acm-certificate', output: 'CertificateArn' } },
    ],
    capabilities: ['CAPABILITY_IAM'],
    region: null,
    role: null,
    bucket: null,
    flags: [],
  },
  'CloudFormation deploy `templates/cdn.yaml` as `firefly-cdn` with parameters:\n   - `DomainName` (from vars.UI_DOMAIN)\n   - `Environment` (from inputs.environment)': {
    stack: 'firefly-cdn',
    template: 'templates/cdn.yaml',
    parameters: [
      { name: 'DomainName', source: { kind: 'expression', expression: 'vars.UI_DOMAIN' } },
      { name: 'Environment', source: { kind: 'expression', expression: 'inputs.environment' } },
    ],
    capabilities: [],
    region: null,
    role: null,
    bucket: null,
    flags: [],
  },
  'Deploy `templates/certificate.yaml` with CloudFormation; region: `us-east-1`': {
    stack: null,
    template: 'templates/certificate.yaml',
    parameters: [],
    capabilities: [],
    region: { name: 'Region', source: { kind: 'literal', value: 'us-east-1' } },
    role: null,
    bucket: null,
    flags: [],
  },
  '`aws cloudformation deploy --stack-name firefly-cdn --template-file templates/cdn.yaml --parameter-overrides Stage=prod`': {
    stack: 'firefly-cdn',
    template: 'templates/cdn.yaml',
    parameters: [{ name: 'Stage', source: { kind: 'literal', value: 'prod' } }],
    capabilities: [],
    region: null,
    role: null,
    bucket: null,
    flags: [],
  },
  'Look up `ApiId` from the `firefly-http-api` stack output.': { stack: 'firefly-http-api', outputs: ['ApiId'], optional: false },
  'Lookup `UserPoolId` and `UserPoolClientId` from `firefly-cognito-user-pool` stack outputs': { stack: 'firefly-cognito-user-pool', outputs: ['UserPoolId', 'UserPoolClientId'], optional: false },
  'Look up `CertificateArn` from the `firefly-acm-certificate` stack output (optional).': { stack: 'firefly-acm-certificate', outputs: ['CertificateArn'], optional: true },
  'Look up `CertificateArn` from the `firefly-acm-certificate` stack output in `us-east-1`.': { stack: 'firefly-acm-certificate', outputs: ['CertificateArn'], optional: false, region: 'us-east-1' },
  'Delete the stack with CloudFormation.': { stack: null, region: null, role: null },
  'CloudFormation delete `firefly-cdn`': { stack: 'firefly-cdn', region: null, role: null },
  '`aws cloudformation delete-stack` — stack: `firefly-certificate`; region: `us-east-1`; role: (from secrets.CFN_ROLE_ARN)': {
    stack: 'firefly-certificate',
    region: { name: 'Region', source: { kind: 'literal', value: 'us-east-1' } },
    role: { name: 'RoleArn', source: { kind: 'expression', expression: 'secrets.CFN_ROLE_ARN' } },
  },
  '`aws cloudformation delete-stack --stack-name firefly-cdn --region us-east-1`': { stack: 'firefly-cdn', region: { name: 'Region', source: { kind: 'literal', value: 'us-east-1' } }, role: null },
  'Delete the log group of `firefly-fn-list`': { function: { name: 'FunctionName', source: { kind: 'literal', value: 'firefly-fn-list' } }, logGroup: null },
  'Delete the Lambda log group `/aws/lambda/firefly-fn-list`.': { function: null, logGroup: { name: 'LogGroupName', source: { kind: 'literal', value: '/aws/lambda/firefly-fn-list' } } },
  'Delete the CloudWatch log group of the `{FunctionName}` function, if it exists': { function: { name: 'FunctionName', source: null }, logGroup: null },
  'Empty the `{BucketName}` bucket': { bucket: { name: 'BucketName', source: null } },
  'Empty the bucket `firefly-site-assets`.': { bucket: { name: 'BucketName', source: { kind: 'literal', value: 'firefly-site-assets' } } },
  'Empty the S3 bucket `BucketName` (from the `firefly-site-bucket` stack output), if it exists': { bucket: { name: 'BucketName', source: { kind: 'stack-output', stack: 'firefly-site-bucket', output: 'BucketName' } } },
  'Install and build `ui` with npm': { folder: 'ui', install: true, scripts: ['build'] },
  '`npm ci` in `ui`': { folder: 'ui', install: true, scripts: [] },
  '`npm ci` and `npm run build` in `handbook`': { folder: 'handbook', install: true, scripts: ['build'] },
  '`npm run build` in `ui`.': { folder: 'ui', install: false, scripts: ['build'] },
  'Sync `ui/dist/` to the `{BucketName}` bucket': { folder: 'ui/dist/', bucket: { name: 'BucketName', source: null }, prefix: '', delete: true, flags: [] },
  'Upload `site/` to `s3://firefly-docs/handbook/`, keeping other files': { folder: 'site/', bucket: { name: 'BucketName', source: { kind: 'literal', value: 'firefly-docs' } }, prefix: '/handbook/', delete: false, flags: [] },
  'Sync `handbook/build/` to the `{BucketName}` bucket; flags: `--cache-control max-age=300`': { folder: 'handbook/build/', bucket: { name: 'BucketName', source: null }, prefix: '', delete: true, flags: ['--cache-control', 'max-age=300'] },
  'Invalidate the `{DistributionId}` CloudFront distribution': { distribution: { name: 'DistributionId', source: null }, paths: ['/*'] },
  'Invalidate the CloudFront cache of `{DistributionId}` for `/index.html` and `/assets/*`': { distribution: { name: 'DistributionId', source: null }, paths: ['/index.html', '/assets/*'] },
  'Invalidate CloudFront distribution `E2QWRUHAPOMQZL`.': { distribution: { name: 'DistributionId', source: { kind: 'literal', value: 'E2QWRUHAPOMQZL' } }, paths: ['/*'] },
  'Sync the built site to the bucket:\n\n   ```bash\n   aws s3 sync dist/ "s3://$BUCKET"\n   ```': { title: 'Sync the built site to the bucket', shell: 'bash', script: 'aws s3 sync dist/ "s3://$BUCKET"' },
  '`npm ci`': { command: 'npm ci' },
  'Run `npm test`.': { command: 'npm test' },
};

/** Applies `f` to the words of the step's first line, outside code spans and parentheses (those hold values). */
function wording(example: string, f: (words: string) => string): string {
  const [first, ...rest] = example.split('\n');
  const changed = first!.replace(/(`[^`]*`|\([^)]*\))|([^`(]+)/g, (_m, kept: string | undefined, words: string | undefined) => kept ?? f(words!));
  return [changed, ...rest].join('\n');
}

/** The first line with its trailing period (or colon) removed, or a period added. */
function togglePeriod(example: string): string {
  const [first, ...rest] = example.split('\n');
  const toggled = /[.:]$/.test(first!) ? first!.slice(0, -1) : `${first}.`;
  return [toggled, ...rest].join('\n');
}

const VARIANTS: [string, (e: string) => string][] = [
  ['as listed', (e) => e],
  ['trailing period toggled', togglePeriod],
  ['lower case', (e) => wording(e, (w) => w.toLowerCase())],
  ['upper case', (e) => wording(e, (w) => w.toUpperCase())],
  ['doubled spaces', (e) => wording(e, (w) => w.replace(/ /g, '  '))],
];

const rows = builtinStepKinds.flatMap((kind) => kind.examples.flatMap((example) => VARIANTS.map(([variant, make]) => [kind.id, example, variant, make(example)] as const)));

describe('every listed phrasing, and its variants', () => {
  it('the table covers exactly the examples the kinds list', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(builtinStepKinds.flatMap((k) => k.examples).sort());
  });

  it.each(rows)('%s: %j (%s)', (kind, example, _variant, text) => {
    const step = one(text);
    expect(step.kind).toBe(kind);
    let expected = EXPECTED[example]!;
    // A script's title is its own wording.
    if (kind === 'script') expected = { ...expected, title: text.split('\n')[0]!.replace(/\s+/g, ' ').replace(/\s*[.:]$/, '') };
    expect(withoutPositions(step.params)).toEqual(expected);
  });
});

describe('more phrasings', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['Checkout', 'checkout', {}],
    ['Clone the repository', 'checkout', {}],
    ['Setup SAM', 'setup-sam', { version: null }],
    ['Use Node.js `v20`', 'setup-node', { version: '20', cache: null, cacheDependencyPath: null }],
    ['Set up Node 20.x', 'setup-node', { version: '20.x', cache: null, cacheDependencyPath: null }],
    ['Set up Node.js with the `pnpm` cache keyed on `pnpm-lock.yaml`', 'setup-node', { version: null, cache: 'pnpm', cacheDependencyPath: 'pnpm-lock.yaml' }],
    ['Sam Build The Template `t.yaml`', 'sam-build', { template: 't.yaml', flags: [] }],
    ['`sam build` - template: `t.yaml`', 'sam-build', { template: 't.yaml', flags: [] }],
    ['`sam build` – template: `t.yaml`', 'sam-build', { template: 't.yaml', flags: [] }],
    ['`sam build`: template: `t.yaml`', 'sam-build', { template: 't.yaml', flags: [] }],
    ['`sam build -t t.yaml --cached`', 'sam-build', { template: 't.yaml', flags: ['--cached'] }],
    ['SAM deploy the stack `firefly-x`', 'sam-deploy', { stack: 'firefly-x', parameters: [], capabilities: [], flags: [] }],
    ['SAM deploy `firefly-x`; capabilities: `CAPABILITY_IAM` `CAPABILITY_AUTO_EXPAND`', 'sam-deploy', { stack: 'firefly-x', parameters: [], capabilities: ['CAPABILITY_IAM', 'CAPABILITY_AUTO_EXPAND'], flags: [] }],
    ['`sam deploy` — stack: `firefly-x`; flags: `--no-execute-changeset`', 'sam-deploy', { stack: 'firefly-x', parameters: [], capabilities: [], flags: ['--no-execute-changeset'] }],
    ['`sam deploy --stack-name=firefly-x --no-confirm-changeset --no-fail-on-empty-changeset --tags a=b`', 'sam-deploy', { stack: 'firefly-x', parameters: [], capabilities: [], flags: ['--tags', 'a=b'] }],
    ['SAM delete the stack `firefly-x`', 'sam-delete', { stack: 'firefly-x', flags: [] }],
    ['`sam delete --stack-name firefly-x --no-prompts --s3-bucket b`', 'sam-delete', { stack: 'firefly-x', flags: ['--s3-bucket', 'b'] }],
    ["Look up `A` from the `firefly-y` stack's outputs (OPTIONAL)", 'stack-output-lookup', { stack: 'firefly-y', outputs: ['A'], optional: true }],
    ['`./scripts/smoke.sh --fast`', 'shell', { command: './scripts/smoke.sh --fast' }],
    ['Delete the `firefly-cdn` stack with CloudFormation and wait until it is gone', 'cloudformation-delete', { stack: 'firefly-cdn', region: null, role: null }],
    ['Delete the stack using CloudFormation; region: (from secrets.AWS_REGION)', 'cloudformation-delete', { stack: null, region: { name: 'Region', source: { kind: 'expression', expression: 'secrets.AWS_REGION' } }, role: null }],
    ["Delete the function's log group of `FunctionName` (from the `firefly-fn` stack output)", 'delete-log-group', { function: { name: 'FunctionName', source: { kind: 'stack-output', stack: 'firefly-fn', output: 'FunctionName' } }, logGroup: null }],
    ['Delete log group for lambda `firefly-fn`', 'delete-log-group', { function: { name: 'FunctionName', source: { kind: 'literal', value: 'firefly-fn' } }, logGroup: null }],
    ['Empty bucket `{SiteBucket}`, if it still exists', 'empty-bucket', { bucket: { name: 'SiteBucket', source: null } }],
    ['Empty the `Assets` bucket (from vars.ASSETS_BUCKET)', 'empty-bucket', { bucket: { name: 'Assets', source: { kind: 'expression', expression: 'vars.ASSETS_BUCKET' } } }],
    ['Build `ui` with npm', 'npm-build', { folder: 'ui', install: false, scripts: ['build'] }],
    ['`npm ci`, `npm run lint` and `npm run build:prod` in the folder `web`', 'npm-build', { folder: 'web', install: true, scripts: ['lint', 'build:prod'] }],
    ['Sync `ui/dist/` to `s3://{SiteBucket}`', 's3-sync', { folder: 'ui/dist/', bucket: { name: 'SiteBucket', source: null }, prefix: '', delete: true, flags: [] }],
    ['Publish `dist` to the bucket `Site` (from vars.SITE_BUCKET)', 's3-sync', { folder: 'dist', bucket: { name: 'Site', source: { kind: 'expression', expression: 'vars.SITE_BUCKET' } }, prefix: '', delete: true, flags: [] }],
    ["Invalidate the CDN's cache `{DistributionId}` paths `/index.html`", 'cloudfront-invalidation', { distribution: { name: 'DistributionId', source: null }, paths: ['/index.html'] }],
    ['Invalidate the CloudFront distribution `Cdn` (from vars.DISTRIBUTION_ID)', 'cloudfront-invalidation', { distribution: { name: 'Cdn', source: { kind: 'expression', expression: 'vars.DISTRIBUTION_ID' } }, paths: ['/*'] }],
    ['Deploy with CloudFormation', 'cloudformation-deploy', { stack: null, template: null, parameters: [], capabilities: [], region: null, role: null, bucket: null, flags: [] }],
    ['Deploy the template `t.yaml` as `firefly-x` with AWS CloudFormation', 'cloudformation-deploy', { stack: 'firefly-x', template: 't.yaml', parameters: [], capabilities: [], region: null, role: null, bucket: null, flags: [] }],
  ];
  it.each(cases)('%j is %s', (text, kind, params) => {
    const step = one(text);
    expect(step.kind).toBe(kind);
    expect(withoutPositions(step.params)).toEqual(params);
  });

  it('a script takes every fenced block under its item, `~~~` fences too, and runs sh when a block says so', () => {
    const step = one('Two parts:\n   ~~~sh\n   echo 1\n   ~~~\n   ```\n   echo 2\n   ```');
    expect(step.kind).toBe('script');
    expect(step.params).toEqual({ title: 'Two parts', shell: 'sh', script: 'echo 1\necho 2' });
  });

  it('a script in another language is still a script, and reported at its fence', () => {
    const { steps, errors } = readSteps('Warm up:\n   ```python\n   print(1)\n   ```');
    expect(steps[0]!.kind).toBe('script');
    expect(printDiagnostics(errors)).toBe('docs/components/x.md:12:4: error Unexpected script language `python`, expected `bash` or `sh` [unsupported-script-language]\n');
  });
});

describe('steps that are not the new kinds', () => {
  it.each([
    ['`npm install` in `ui`', null],
    ['`npm run build -- --mode production` in `ui`', null],
    ['`npm ci`', 'shell'],
    ['Invalidate the session `token`', null],
    ['Invalidate the CloudFront distribution `{DistributionId}` quickly', null],
  ])('%j is %s', (text, kind) => {
    expect(one(text).kind).toBe(kind);
  });
});

describe('a folder the step names', () => {
  it('is the working directory, and an `In` option that names another folder is an error at the option', () => {
    const ok = readSteps('`npm ci` in `ui`\n\n   In `ui/`.');
    expect(ok.errors).toEqual([]);
    const { printed } = readSteps('`npm ci` in `ui`\n\n   In `web`.');
    expect(printed).toContain('docs/components/x.md:13:7: error Unexpected working directory `web`: the step itself runs in `ui` [invalid-step-option]');
    expect(readSteps('`npm ci` in `../elsewhere`').printed).toContain('Unexpected working directory `../elsewhere`, expected a relative path inside the repository [invalid-step-option]');
  });
});

describe('a runtime set-up with a package manager cache', () => {
  it('reports a cache no action takes, a lock file without backticks and other words, at the step or the value', () => {
    expect(readSteps('Set up Node.js 20 with the npm cache of `ui/package-lock.json`').errors).toEqual([]);
    expect(readSteps('Set up Node.js 20 with the `maven` cache').printed).toBe(
      'docs/components/x.md:11:31: error `maven` is not a package manager actions/setup-node caches, expected one of `npm`, `yarn`, `pnpm` [invalid-step-option]\n',
    );
    expect(readSteps('Set up Python 3.12 with the pip cache of requirements.txt').printed).toContain(
      'docs/components/x.md:11:45: error The lock file of the pip cache must be in backticks, one path or glob: `of \\`requirements.txt\\`` [invalid-step-option]',
    );
    expect(readSteps('Set up Node.js 20 with caching').printed).toContain(
      'docs/components/x.md:11:22: error Unexpected `with caching` after `Set up Node.js`, expected `with the <manager> cache` (`npm`, `yarn`, `pnpm`), optionally `of \\`<lock file>\\`` [invalid-step-option]',
    );
  });
});

describe('parameter sources', () => {
  /** The source a nested parameter line gives, with whatever the parser said about it. */
  const source = (line: string) => {
    const { steps, errors } = readSteps(`SAM deploy \`firefly-x\` with parameters:\n   - ${line}`);
    const p = (steps[0]!.params.parameters as { name: string; source: unknown }[])[0];
    return { name: p?.name, source: p?.source, codes: errors.map((d) => d.ruleId) };
  };
  const cases: [string, unknown][] = [
    ['`ApiKey` (from secrets)', { kind: 'expression', expression: 'secrets.API_KEY' }],
    ['`JWTSigningKey` (from the secret)', { kind: 'expression', expression: 'secrets.JWT_SIGNING_KEY' }],
    ['`DynamoDbUsersTableName` (FROM SECRETS)', { kind: 'expression', expression: 'secrets.DYNAMO_DB_USERS_TABLE_NAME' }],
    ['`ApiKey` (from `API_KEY_V2` secret)', { kind: 'expression', expression: 'secrets.API_KEY_V2' }],
    ['`ApiKey` (from the `API_KEY_V2` secret)', { kind: 'expression', expression: 'secrets.API_KEY_V2' }],
    ['`ApiKey` (from secrets.API_KEY_V2)', { kind: 'expression', expression: 'secrets.API_KEY_V2' }],
    ['`TableName` (from vars)', { kind: 'expression', expression: 'vars.TABLE_NAME' }],
    ['`TableName` (from `USERS_TABLE` variable)', { kind: 'expression', expression: 'vars.USERS_TABLE' }],
    ['`TableName` (from `USERS_TABLE` var)', { kind: 'expression', expression: 'vars.USERS_TABLE' }],
    ['`TableName` (from vars.USERS_TABLE)', { kind: 'expression', expression: 'vars.USERS_TABLE' }],
    ['`TableName` (from `vars.USERS_TABLE`)', { kind: 'expression', expression: 'vars.USERS_TABLE' }],
    ['`ApiId` (from the `app-y` stack output)', { kind: 'stack-output', stack: 'app-y', output: 'ApiId' }],
    ['`ApiId` (from `app-y` stack outputs)', { kind: 'stack-output', stack: 'app-y', output: 'ApiId' }],
    ["`Api` (from the `app-y` stack's `ApiId` output)", { kind: 'stack-output', stack: 'app-y', output: 'ApiId' }],
    ['`Stage` (value: `prod`)', { kind: 'literal', value: 'prod' }],
    ['`Stage=prod`', { kind: 'literal', value: 'prod' }],
  ];
  it.each(cases)('%s', (line, expected) => {
    const got = source(line);
    expect(got.source).toEqual(expected);
    expect(got.codes).toEqual([]);
  });

  it('an unknown wording keeps the parameter without a source and says why', () => {
    const { steps, printed } = readSteps('SAM deploy `firefly-x` with parameters:\n   - `ApiKey` (from the vault)\n   - ApiKey without backticks');
    expect(steps[0]!.params.parameters).toEqual([{ name: 'ApiKey', source: null, unreadSource: 'from the vault', line: 12, column: 6 }]);
    expect(printed).toContain('docs/components/x.md:12:6: error Unexpected parameter source `from the vault` for `ApiKey` [parameter-without-source]\n');
    expect(printed).toContain('docs/components/x.md:13:4: error Unexpected parameter `ApiKey without backticks`, expected `Name` optionally followed by (from …) [parameter-without-source]\n');
  });

  it('every parameter keeps the position of its name', () => {
    const item = '`sam deploy` — stack: `firefly-x`; params: `A` (from vars.A), `B` (from secrets)';
    const { steps } = readSteps(item);
    // The step is line 11, written after `1. `.
    const column = (code: string) => '1. '.length + item.indexOf(code) + 1;
    expect((steps[0]!.params.parameters as { line: number; column: number }[]).map((p) => [p.line, p.column])).toEqual([
      [11, column('`A`')],
      [11, column('`B`')],
    ]);
  });
});

describe('wiring bare parameters to earlier lookups', () => {
  const params = (steps: StepJson[], index: number) => steps[index]!.params.parameters as { name: string; source: unknown }[];

  it('wires a bare parameter to the earliest earlier lookup of that output (prose and one-line forms)', () => {
    const { steps, errors } = readSteps(
      'Look up `ApiId` and `StageName` from the `app-http-api` stack outputs.',
      'Look up `ApiId` from the `app-other` stack output.',
      'SAM deploy `firefly-x` with parameters:\n   - `ApiId`\n   - `StageName`',
      '`sam deploy` — stack: `firefly-x`; params: `ApiId`',
    );
    expect(params(steps, 2).map((p) => p.source)).toEqual([
      { kind: 'lookup', step: 1, output: 'ApiId' },
      { kind: 'lookup', step: 1, output: 'StageName' },
    ]);
    expect(params(steps, 3)[0]!.source).toEqual({ kind: 'lookup', step: 1, output: 'ApiId' });
    expect(errors).toEqual([]);
  });

  it('leaves a parameter with its own source alone', () => {
    const { steps } = readSteps('Look up `ApiId` from the `app-http-api` stack output.', 'SAM deploy `firefly-x` with parameters:\n   - `ApiId` (from vars.API_ID)');
    expect(params(steps, 1)[0]!.source).toEqual({ kind: 'expression', expression: 'vars.API_ID' });
  });

  it('does not wire to a lookup that comes after the deploy, or reads another output', () => {
    const { steps, errors } = readSteps(
      'Look up `ApiUrl` from the `app-http-api` stack output.',
      'SAM deploy `firefly-x` with parameters:\n   - `ApiId`',
      'Look up `ApiId` from the `app-http-api` stack output.',
    );
    expect(params(steps, 1)[0]!.source).toBeNull();
    expect(printDiagnostics(errors)).toBe('docs/components/x.md:13:6: error Parameter `ApiId` has no source, and no earlier step looks up `ApiId` [parameter-without-source]\n');
  });

  it('does not wire across workflows', () => {
    const analysis = analyzeDocs({
      'x.md': '# x\n\n## CloudFormation Stack\n\n`firefly-x`\n\n## Delete Workflow\n\n### Steps\n\n1. Look up `ApiId` from the `app-http-api` stack output.\n2. SAM delete `firefly-x`.\n\n## Deploy Workflow\n\n### Steps\n\n1. SAM deploy `firefly-x` with parameters:\n   - `ApiId`\n',
    });
    expect(printDiagnostics(analysis.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'missing-build'))).toBe('docs/components/x.md:19:6: error Parameter `ApiId` has no source, and no earlier step looks up `ApiId` [parameter-without-source]\n');
  });
});

describe('unrecognised steps', () => {
  it('are kept in place with kind null and no params, and reported at their line with a hint', () => {
    const { steps, diagnostics } = readSteps('Checkout repository', 'Deploy with SAM', 'SAM deploy everything', 'Run the tests.', '`npm test`');
    expect(steps.map((s) => [s.text, s.kind])).toEqual([
      ['Checkout repository', 'checkout'],
      ['Deploy with SAM', null],
      ['SAM deploy everything', null],
      ['Run the tests.', null],
      ['`npm test`', 'shell'],
    ]);
    for (const s of steps.filter((x) => x.kind === null)) expect(s.params).toEqual({});
    const reported = diagnostics.filter((d) => d.ruleId === 'unrecognized-step');
    expect(reported.map((d) => [d.start.line, d.start.column, d.message])).toEqual([
      [12, 1, 'Unrecognized step `Deploy with SAM` in deploy workflow'],
      [13, 1, 'Unrecognized step `SAM deploy everything` in deploy workflow'],
      [14, 1, 'Unrecognized step `Run the tests.` in deploy workflow'],
    ]);
    for (const d of reported) expect(d.hint).toMatch(/FORMAT\.md/);
  });

  it('an empty item is kept and reported too', () => {
    const { steps, printed } = readSteps('Checkout repository', '');
    expect(steps.map((s) => s.kind)).toEqual(['checkout', null]);
    expect(printed).toContain('Unrecognized step `(empty)` in deploy workflow [unrecognized-step]');
  });
});
