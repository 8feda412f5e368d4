/**
 * The equivalence check itself: a workflow is equivalent to itself and to a
 * rewrite that only moves values into `env:` or adds reads and summaries; each
 * targeted mutation of the reference repo is reported, readably; and the
 * read-only allowance never hides a write.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareTraces, formatComparison, formatTrace, runWorkflow, type Comparison } from '../helpers/sandbox/index.js';
import { loadScenarios, type Scenario } from '../helpers/sandbox/scenarios.js';
import { repoRoot } from '../helpers/world.js';

const fixture = path.join(repoRoot, 'test/fixtures/reference-repo');
const scenarios = new Map(loadScenarios(path.join(fixture, 'sandbox/scenarios.yaml')).map((scenario) => [scenario.name, scenario]));
const copies: string[] = [];
afterAll(() => { for (const dir of copies) rmSync(dir, { recursive: true, force: true }); });

function scenario(name: string): Scenario {
  const found = scenarios.get(name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

/** A copy of the reference repo with one workflow edited; each edit must change the text. */
function mutated(workflow: string, edits: [string, string][]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'docflow-mutant-'));
  copies.push(dir);
  cpSync(fixture, dir, { recursive: true, filter: (source) => path.basename(source) !== 'sandbox' });
  const file = path.join(dir, '.github/workflows', workflow);
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of edits) {
    expect(text.includes(from), `the mutation must find \`${from}\` in ${workflow}`).toBe(true);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  return dir;
}

async function compare(name: string, candidateRepo: string): Promise<Comparison> {
  const run = scenario(name);
  const reference = await runWorkflow(run.run(fixture));
  const candidate = await runWorkflow(run.run(candidateRepo));
  return compareTraces(reference, candidate);
}

async function expectDifferent(name: string, repo: string, ...mentions: string[]): Promise<void> {
  const comparison = await compare(name, repo);
  const report = formatComparison(comparison);
  if (process.env.SANDBOX_SHOW) console.log(report);
  expect(comparison.equivalent, report).toBe(false);
  for (const mention of mentions) expect(report).toContain(mention);
}

const long = { timeout: 600_000 };

describe('a workflow and itself', () => {
  test('two runs of deploy-all give the same trace and are equivalent', long, async () => {
    const run = scenario('deploy-all').run(fixture);
    const [first, second] = [await runWorkflow(run), await runWorkflow(run)];
    expect(formatTrace(second)).toBe(formatTrace(first));
    const comparison = compareTraces(first, second);
    expect(comparison, formatComparison(comparison)).toEqual({ equivalent: true, differences: [], allowed: [] });
  });

  test('moving `${{ }}` out of `run:` into `env:` keeps it equivalent', long, async () => {
    const repo = mutated('deploy-cdn.yaml', [
      ['      - name: Deploy the distribution\n        run: |', [
        '      - name: Deploy the distribution',
        '        env:',
        '          ARTIFACTS: ${{ secrets.SAM_ARTIFACTS_BUCKET }}',
        '          REGION: ${{ secrets.AWS_REGION }}',
        '          ROLE_ARN: arn:aws:iam::${{ secrets.AWS_ACCOUNT_ID }}:role/${{ vars.CLOUD_FORMATION_EXECUTION_ROLE_NAME }}',
        '          CERTIFICATE_ARN: ${{ steps.lookup.outputs.certificate_arn }}',
        '        run: |',
      ].join('\n')],
      ['--s3-bucket ${{ secrets.SAM_ARTIFACTS_BUCKET }}', '--s3-bucket "$ARTIFACTS"'],
      ['--region ${{ secrets.AWS_REGION }}', '--region "$REGION"'],
      ['--role-arn arn:aws:iam::${{ secrets.AWS_ACCOUNT_ID }}:role/${{ vars.CLOUD_FORMATION_EXECUTION_ROLE_NAME }}', '--role-arn "$ROLE_ARN"'],
      ['CertificateArn=${{ steps.lookup.outputs.certificate_arn }}', '"CertificateArn=$CERTIFICATE_ARN"'],
    ]);
    const comparison = await compare('deploy-cdn', repo);
    expect(comparison.equivalent, formatComparison(comparison)).toBe(true);
  });

  test('an added guard that only reads and a summary are allowed, and listed', long, async () => {
    const repo = mutated('deploy-cdn.yaml', [
      ['      - name: Look up the certificate and the bucket', [
        '      - name: Check that the dependencies are deployed',
        '        run: |',
        '          for stack in inkwell-site-bucket; do',
        '            aws cloudformation describe-stacks --stack-name "$stack" --query "Stacks[0].StackStatus" --output text',
        '          done',
        '          echo "### Deploying cdn" >> "$GITHUB_STEP_SUMMARY"',
        '',
        '      - name: Look up the certificate and the bucket',
      ].join('\n')],
    ]);
    const comparison = await compare('deploy-cdn', repo);
    expect(comparison.equivalent, formatComparison(comparison)).toBe(true);
    expect(comparison.allowed.join('\n')).toContain('read in the candidate only: $ aws cloudformation describe-stacks --stack-name inkwell-site-bucket');
  });
});

describe('targeted mutations are not equivalent', () => {
  test('a changed argument', long, async () => {
    const repo = mutated('deploy-cdn.yaml', [['DomainName=${{ vars.UI_DOMAIN }}', 'DomainName=${{ vars.DOCS_DOMAIN }}']]);
    await expectDifferent('deploy-cdn', repo, '~ $ aws cloudformation deploy', 'DomainName=app.inkwell.example → DomainName=docs.inkwell.example');
  });

  test('a dropped step', long, async () => {
    const repo = mutated('deploy-users-table.yaml', [['      - name: Install SAM CLI\n        if: ${{ !env.ACT }}\n        run: pip install aws-sam-cli\n', '']]);
    await expectDifferent('deploy-users-table', repo, '- $ pip install aws-sam-cli');
  });

  test('a changed step condition, even one that still runs the step here', long, async () => {
    const repo = mutated('deploy-users-table.yaml', [['if: ${{ !env.ACT }}', 'if: always()']]);
    await expectDifferent('deploy-users-table', repo, '~ $ pip install aws-sam-cli', 'step condition: success() && !env.ACT → always()');
  });

  test('a changed job condition', long, async () => {
    const repo = mutated('deploy-web-ui.yaml', [["github.ref_type == 'tag'", "startsWith(github.ref, 'refs/tags/')"]]);
    await expectDifferent('deploy-web-ui', repo, 'job deploy: condition differs');
  });

  test('a changed `needs`', long, async () => {
    const repo = mutated('delete-all.yaml', [['  acm-certificate:\n    needs: cdn\n', '  acm-certificate:\n']]);
    await expectDifferent('delete-all', repo, 'job acm-certificate: needs differs: reference ["cdn"], candidate []');
  });

  test('a changed workflow-level env value reaches every call', long, async () => {
    const repo = mutated('deploy-shared-layer.yaml', [['AWS_MAX_ATTEMPTS: "10"', 'AWS_MAX_ATTEMPTS: "3"']]);
    await expectDifferent('deploy-shared-layer', repo, '~ $ sam deploy', 'env AWS_MAX_ATTEMPTS: 10 → 3');
  });

  test('a changed action input', long, async () => {
    const repo = mutated('deploy-acm-certificate.yaml', [['aws-region: us-east-1', 'aws-region: ${{ secrets.AWS_REGION }}']]);
    await expectDifferent('deploy-acm-certificate', repo, '~ uses aws-actions/configure-aws-credentials@v4', 'with aws-region: us-east-1 → eu-west-1', 'env AWS_REGION: us-east-1 → eu-west-1');
  });

  test('a changed script for a Python step', long, async () => {
    const repo = mutated('deploy-auth.yaml', [['Description="Inkwell administrators"', 'Description="Admins"']]);
    await expectDifferent('deploy-auth', repo, '~ $ python3 -', 'stdin line', 'Admins');
  });

  test('a changed input of a reusable workflow call', long, async () => {
    const repo = mutated('deploy-fn-notes-list.yaml', [['test_filter: notes-list', 'test_filter: notes']]);
    await expectDifferent('deploy-fn-notes-list', repo, 'job test: reusable workflow call differs');
  });
});

describe('the read-only allowance does not hide a write', () => {
  test('a write after a read in the same added step', long, async () => {
    const repo = mutated('deploy-cdn.yaml', [
      ['      - name: Look up the certificate and the bucket', [
        '      - name: Check the bucket',
        '        run: |',
        '          bucket=$(aws cloudformation describe-stacks --stack-name inkwell-site-bucket --query "Stacks[0].Outputs[0].OutputValue" --output text)',
        '          aws s3 rm "s3://$bucket" --recursive',
        '',
        '      - name: Look up the certificate and the bucket',
      ].join('\n')],
    ]);
    await expectDifferent('deploy-cdn', repo, '+ $ aws s3 rm s3://inkwell-site-dev-111122223333 --recursive');
  });

  test('an added wait is not a read', long, async () => {
    const repo = mutated('deploy-cdn.yaml', [
      ['      - name: Look up the certificate and the bucket', '      - name: Wait\n        run: aws cloudformation wait stack-create-complete --stack-name inkwell-site-bucket\n\n      - name: Look up the certificate and the bucket'],
    ]);
    await expectDifferent('deploy-cdn', repo, '+ $ aws cloudformation wait stack-create-complete');
  });

  test('an added job that writes', long, async () => {
    const repo = mutated('deploy-smoke-tests.yaml', [
      ['jobs:\n', 'jobs:\n  seed:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          aws dynamodb put-item --table-name inkwell-users-dev --item \'{"pk": {"S": "seed"}}\'\n'],
    ]);
    await expectDifferent('deploy-smoke-tests', repo, 'job seed: only in the candidate, and it does more than read', 'aws dynamodb put-item');
  });

  test('a read that fails the job is seen through the job result', long, async () => {
    const repo = mutated('deploy-site-bucket.yaml', [
      ['      - name: Deploy the site bucket', '      - name: Guard\n        run: aws cloudformation describe-stacks --stack-name inkwell-missing-stack\n\n      - name: Deploy the site bucket'],
    ]);
    await expectDifferent('deploy-site-bucket', repo, 'job deploy: result differs: reference "success", candidate "failure"', '- $ aws cloudformation deploy');
  });
});
