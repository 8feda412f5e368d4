/**
 * A specific hint for each unrecognised step: a corpus of lines as busy
 * authors write them, each reported once, with the closest kind, what the
 * step lacks for it, and the exact step to write, built from the doc's own
 * values (its stack, the other docs' stacks), never docflow's example docs.
 */
import { describe, expect, it } from 'vitest';
import { parseUserStepKind } from '../../generators/steps/user-kinds.js';
import { builtinStepKinds } from '../../generators/steps/registry.js';
import { analyzeDocs } from '../helpers/world.js';

const STEP_LINE = 13;

/** A complete doc whose deploy workflow holds `step` between valid ones. */
function doc(step: string): string {
  return `# orders-table

## CloudFormation Stack

\`shop-orders-table\`

## Deploy Workflow

### Steps

1. Checkout repository
2. Configure AWS credentials
3. ${step}
4. SAM build.
5. \`sam deploy\` — stack: \`shop-orders-table\`

### Sequence Diagram

![Deploy orders-table sequence](./images/deploy-orders-table.svg)
`;
}

const api = '# http-api\n\n## CloudFormation Stack\n\n`shop-http-api`\n';

function findings(step: string, extra: Record<string, string> = {}) {
  return analyzeDocs({ 'orders-table.md': doc(step), 'http-api.md': api, ...extra }).diagnostics.filter((d) => d.severity !== 'info');
}

/** [the step as written, the kind the hint names, what it lacks, the step it says to write]. */
const corpus: [string, string, RegExp, string][] = [
  ['Deploy with SAM', '`sam deploy`', /names no stack/, '`` `sam deploy` — stack: `shop-orders-table` ``'],
  ['SAM deploy everything', '`sam deploy`', /words it does not take \(`everything`\)/, '`` `sam deploy` — stack: `shop-orders-table` ``'],
  ['sam deploy shop-orders-table', '`sam deploy`', /names the stack `shop-orders-table` without backticks/, '`` `sam deploy` — stack: `shop-orders-table` ``'],
  ['Deploy the stack.', '`sam deploy`', /names no stack/, '`` `sam deploy` — stack: `shop-orders-table` ``'],
  ['SAM deploy `shop-orders-table` with CAPABILITY_IAM', '`sam deploy`', /names CAPABILITY_IAM outside backticks/, '`` `sam deploy` — stack: `shop-orders-table`; capabilities: `CAPABILITY_IAM` ``'],
  ['sam deploy --stack-name shop-orders-table --no-fail-on-empty-changeset', '`sam deploy`', /flags outside backticks/, '`sam deploy --stack-name shop-orders-table --no-fail-on-empty-changeset`'],
  ['Deploy `shop-orders-table` with parameters TableName and StreamArn', '`sam deploy`', /parameters in a form it does not read/, '`` `sam deploy` — stack: `shop-orders-table`; params: `TableName` (from vars.TABLE_NAME), `StreamArn` (from vars.STREAM_ARN) ``'],
  ['Lookup ApiId from shop-http-api', 'a stack-output lookup', /names the stack `shop-http-api` without backticks/, '`` Look up `ApiId` from the `shop-http-api` stack output. ``'],
  ['Get the `ApiId` output of `shop-http-api`', 'a stack-output lookup', /not phrased as a lookup/, '`` Look up `ApiId` from the `shop-http-api` stack output. ``'],
  ['Look up ApiId and ApiUrl from the `shop-http-api` stack', 'a stack-output lookup', /names the outputs `ApiId`, `ApiUrl` without backticks/, '`` Look up `ApiId` and `ApiUrl` from the `shop-http-api` stack output. ``'],
  ['Fetch the api id from the http api', 'a stack-output lookup', /names no stack in backticks/, '`` Look up `OutputName` from the `<stack>` stack output. ``'],
  ['Checkout the repo and install deps', 'a checkout', /does more than check out/, '`Check out the repository.`'],
  ['Configure AWS creds', 'an AWS credentials step', /writes `creds` for `credentials`/, '`Configure AWS credentials`'],
  ['Assume the deploy role via OIDC (`SHOP_DEPLOY_ROLE`)', 'an AWS credentials step', /names how it authenticates/, '`` Configure AWS credentials (requires the `SHOP_DEPLOY_ROLE` secret). ``'],
  ['Use Node.js LTS', 'a Node.js set-up', /names `LTS`, not a version number/, '`Set up Node.js 20`'],
  ['Set up Python3.12', 'a Python set-up', /runs the name and the version together/, '`Set up Python 3.12`'],
  ['Install aws-sam-cli 1.120.0', 'a SAM CLI set-up', /not phrased as `Install SAM CLI`/, '`` Install SAM CLI `1.120.0` ``'],
  ['Build with SAM', '`sam build`', /not phrased as a SAM build/, '`SAM build.`'],
  ['sam build --use-container', '`sam build`', /flags outside backticks \(`--use-container`\)/, '`sam build --use-container`'],
  ['SAM build the template templates/orders.yaml', '`sam build`', /names the template `templates\/orders.yaml` without backticks/, '`` `sam build` — template: `templates/orders.yaml` ``'],
  ['Delete the old stack', '`sam delete`', /names no stack/, '`` SAM delete `shop-orders-table`. ``'],
  ['SAM delete stack shop-orders-table', '`sam delete`', /names the stack `shop-orders-table` without backticks/, '`` SAM delete `shop-orders-table`. ``'],
  ['Run the tests', 'a shell command', /names no command in backticks/, '`` Run `<command>`. ``'],
  ['npm ci --omit=dev', 'a shell command', /command outside backticks/, '`` `npm ci --omit=dev` ``'],
  ['Run `npm ci` and `npm test`', 'a shell command', /holds 2 commands/, 'one step each: `` Run `npm ci`. ``, `` Run `npm test`. ``'],
  ['Deploy the CDN template with CloudFormation', '`aws cloudformation deploy`', /not phrased as a CloudFormation deploy/, '`` `aws cloudformation deploy` — stack: `shop-orders-table`; template: `templates/orders-table.yaml` ``'],
  ['Tear down the old CloudFormation stack', '`aws cloudformation delete-stack`', /not phrased as a CloudFormation delete/, '`` CloudFormation delete `shop-orders-table` ``'],
  ['Remove the lambda log groups', 'a log group delete', /not phrased as a log group delete/, '`` Delete the log group of `shop-orders-table` ``'],
  ['Purge everything in the S3 bucket first', 'an empty-bucket step', /not phrased as emptying a bucket/, '`` Empty the `{BucketName}` bucket ``'],
  ['Build the UI with npm', 'an npm build', /not phrased as an npm build/, '`` `npm ci` and `npm run build` in `<folder>` ``'],
  ['Sync the built site up to S3', 'an S3 sync', /not phrased as a sync/, '`` Sync `<folder>/` to the `{BucketName}` bucket ``'],
  ['Invalidate the CDN cache so users see the new site', 'a CloudFront invalidation', /not phrased as a CloudFront invalidation/, '`` Invalidate the `{DistributionId}` CloudFront distribution ``'],
  ['Upload the seed data to the S3 bucket', 'a script step', /no fenced code block/, '`Upload the seed data to the S3 bucket:` with a fenced `bash` block'],
];

describe('unrecognised steps as busy authors write them', () => {
  it('the doc is clean with a recognised step in their place', () => {
    expect(findings('Install SAM CLI')).toEqual([]);
  });

  it.each(corpus)('`%s` is one diagnostic, with the hint of %s', (step, like, lacks, write) => {
    const found = findings(step);
    expect(found.map((d) => [d.ruleId, d.start.line])).toEqual([['unrecognized-step', STEP_LINE]]);
    const hint = found[0]!.hint!;
    expect(hint.startsWith(`Looks like ${like}, but it `)).toBe(true);
    expect(hint).toMatch(lacks);
    expect(hint).toContain(`; write ${write}`);
  });

  it('the corpus covers every built-in kind', () => {
    const named = new Set(corpus.map(([, like]) => like));
    expect(builtinStepKinds.filter((k) => !named.has(k.hint!.like)).map((k) => k.id)).toEqual([]);
  });

  it('hints name only the project’s own values, never docflow’s example docs', () => {
    for (const [step] of corpus) expect(findings(step)[0]!.hint).not.toMatch(/firefly/);
  });

  it('a lookup that names no output lists the outputs the stack’s template declares', () => {
    const template = 'Resources:\n  Api:\n    Type: AWS::ApiGatewayV2::Api\nOutputs:\n  ApiId:\n    Value: !Ref Api\n  ApiUrl:\n    Value: x\n';
    const withTemplate = '# http-api\n\n## CloudFormation Stack\n\n`shop-http-api`\n\n## Deploy Workflow\n\n### Steps\n\n1. `sam build` — template: `templates/http-api.yaml`\n2. `sam deploy` — stack: `shop-http-api`\n\n### Sequence Diagram\n\n![Deploy http-api sequence](./images/deploy-http-api.svg)\n';
    const [d] = findings('Read the outputs of `shop-http-api`', { 'http-api.md': withTemplate, 'templates/http-api.yaml': template });
    expect(d!.hint).toContain('names no output (`shop-http-api` declares `ApiId`, `ApiUrl`); write `` Look up `ApiId` from the `shop-http-api` stack output. ``');
  });

  it('a user step kind without cues is suggested by its examples', () => {
    const { kind } = parseUserStepKind('templates/steps/notify.step.yaml', "kind: notify-slack\nmatch: '^Notify Slack channel `(?<channel>[^`]+)`$'\nexamples:\n  - 'Notify Slack channel `#deploys`'\nemit: |\n  name: {{yaml name}}\n  run: echo hi\n");
    const found = analyzeDocs({ 'orders-table.md': doc('Notify slack chanel `#deploys`'), 'http-api.md': api }, { stepKinds: [kind!, ...builtinStepKinds] }).diagnostics.filter((d) => d.severity !== 'info');
    expect(found.map((d) => d.ruleId)).toEqual(['unrecognized-step']);
    expect(found[0]!.hint).toBe('Looks like the `notify-slack` step kind; write `` Notify Slack channel `#deploys` ``. Other phrasings: docs/FORMAT.md#steps.');
  });

  it('a step nothing looks like keeps the general hint', () => {
    expect(findings('Ask Dana')[0]!.hint).toMatch(/^Use a phrasing from docs\/FORMAT.md#steps/);
  });
});
