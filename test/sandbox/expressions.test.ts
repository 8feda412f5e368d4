/** The sandbox's expression evaluation and canonical conditions, and its read-only classification. */
import { describe, expect, test } from 'vitest';
import { canonicalCondition, evaluate, interpolate, isReadOnly, type ToolCall, type Value } from '../helpers/sandbox/index.js';
import { evaluateCondition } from '../helpers/sandbox/expressions.js';

const contexts: Record<string, Value> = {
  github: { ref: 'refs/tags/v1.2.0', ref_type: 'tag', event_name: 'workflow_dispatch', event: { inputs: { run_tests: 'true' } } },
  inputs: { target_env: 'production', run_tests: true, count: 3 },
  vars: { UI_DOMAIN: 'app.example', LIST: '["a","b"]' },
  secrets: { AWS_ACCOUNT_ID: '111122223333' },
  env: { ACT: '' },
  steps: { deploy: { outcome: 'failure', conclusion: 'success', outputs: { id: 'x' } } },
};

describe('evaluate', () => {
  test.each<[string, Value]>([
    ["'it''s'", "it's"],
    ['github.ref_type', 'tag'],
    ["github['ref_type']", 'tag'],
    ['GITHUB.REF_TYPE', 'tag'],
    ['github.event.inputs.run_tests', 'true'],
    ['inputs.run_tests', true],
    ['!inputs.run_tests', false],
    ['inputs.missing', null],
    ["inputs.target_env == 'PRODUCTION'", true],
    ["inputs.target_env != 'production' || github.ref_type == 'tag'", true],
    ['inputs.count > 2 && inputs.count < 4', true],
    ["inputs.missing || 'dev'", 'dev'],
    ["startsWith(github.ref, 'refs/tags/')", true],
    ["endsWith(github.ref, '.0')", true],
    ["contains(fromJSON(vars.LIST), 'b')", true],
    ["contains('abc', 'B')", true],
    ["format('arn:aws:iam::{0}:role/{1}', secrets.AWS_ACCOUNT_ID, 'x')", 'arn:aws:iam::111122223333:role/x'],
    ["join(fromJSON(vars.LIST), '+')", 'a+b'],
    ["steps.deploy.outcome == 'failure'", true],
    ['steps.deploy.outputs.id', 'x'],
    ['fromJSON(toJSON(inputs)).count', 3],
    ['!env.ACT', true],
  ])('%s', (source, expected) => {
    expect(evaluate(source, contexts)).toEqual(expected);
  });

  test('status functions see the status they are given, and a condition without one gets `success() &&`', () => {
    const failed = { success: false, failure: true };
    expect(evaluateCondition("failure() && steps.deploy.outcome == 'failure'", contexts, failed)).toBe(true);
    expect(evaluateCondition('${{ always() }}', contexts, failed)).toBe(true);
    expect(evaluateCondition('inputs.run_tests', contexts, failed)).toBe(false);
    expect(evaluateCondition(undefined, contexts, failed)).toBe(false);
    expect(evaluateCondition('cancelled()', contexts, { success: true, failure: false })).toBe(false);
  });

  test('interpolation puts values into strings', () => {
    expect(interpolate('arn:aws:iam::${{ secrets.AWS_ACCOUNT_ID }}:role/${{ vars.MISSING }}x', contexts)).toBe('arn:aws:iam::111122223333:role/x');
    expect(interpolate('UiOrigin=https://${{ vars.UI_DOMAIN }} ${{ inputs.run_tests }}', contexts)).toBe('UiOrigin=https://app.example true');
  });

  test('a malformed expression is an error naming it', () => {
    expect(() => evaluate('inputs.a ==', contexts)).toThrow(/inputs\.a ==/);
  });
});

describe('canonicalCondition', () => {
  test.each([
    ['${{ !env.ACT }}', '!env.ACT'],
    ["${{ inputs.target_env != 'production' || github.ref_type == 'tag' }}", "(inputs.target_env != 'production') || (github.ref_type == \"tag\")"],
    ['success() && (inputs.a && (inputs.b && inputs.c))', 'inputs.a && inputs.b && inputs.c'],
    ["github['event_name']", 'GITHUB.event_name'],
  ])('%s and %s are the same condition', (a, b) => {
    expect(canonicalCondition(a)).toBe(canonicalCondition(b.replaceAll('"', "'")));
  });

  test.each([
    ['!env.ACT', 'always()'],
    ['inputs.a || inputs.b && inputs.c', '(inputs.a || inputs.b) && inputs.c'],
    ["failure() && steps.deploy.outcome == 'failure'", "steps.deploy.outcome == 'failure'"],
  ])('%s and %s differ', (a, b) => {
    expect(canonicalCondition(a)).not.toBe(canonicalCondition(b));
  });

  test('no condition is `success()`', () => {
    expect(canonicalCondition(undefined)).toBe('success()');
    expect(canonicalCondition('${{ success() }}')).toBe('success()');
  });
});

describe('isReadOnly', () => {
  const call = (tool: string, line: string): ToolCall => ({ tool, argv: line.split(' ').filter(Boolean), cwd: '.', env: {}, exitCode: 0 });
  test.each([
    ['aws', 'cloudformation describe-stacks --stack-name x --query Stacks[0].Outputs --output json'],
    ['aws', '--region us-east-1 cloudformation describe-stacks --stack-name x'],
    ['aws', '--no-cli-pager s3api head-bucket --bucket b'],
    ['aws', 's3api list-object-versions --bucket b'],
    ['aws', 's3 ls s3://b'],
    ['aws', 'cloudformation describe-stack-events --stack-name x'],
    ['aws', 'sts get-caller-identity'],
    ['sam', 'validate --lint'],
    ['gh', 'run list --workflow deploy-all.yaml'],
    ['gh', 'api repos/acme/inkwell/releases'],
  ])('%s %s only reads', (tool, line) => {
    expect(isReadOnly(call(tool, line))).toBe(true);
  });
  test.each([
    ['aws', 'cloudformation deploy --stack-name x'],
    ['aws', 'cloudformation wait stack-delete-complete --stack-name x'],
    ['aws', 'cloudformation delete-stack --stack-name x'],
    ['aws', 's3 sync dist s3://b'],
    ['aws', 's3 cp s3://b/x .'],
    ['aws', '--region describe-stacks cloudformation deploy'],
    ['aws', 's3api delete-objects --bucket b --delete {}'],
    ['aws', 'lambda invoke --function-name f out.json'],
    ['aws', 'secretsmanager get-secret-value --secret-id s'],
    ['aws', 'sts assume-role --role-arn r'],
    ['sam', 'build'],
    ['sam', 'deploy'],
    ['gh', 'workflow run deploy-all.yaml -f target_env=production'],
    ['gh', 'api -X POST repos/acme/inkwell/dispatches'],
    ['npm', 'ci'],
    ['pip', 'install aws-sam-cli'],
    ['python3', '-'],
    ['curl', 'https://example.com'],
  ])('%s %s may write', (tool, line) => {
    expect(isReadOnly(call(tool, line))).toBe(false);
  });
});
