/**
 * `adopt` of the built-in kinds on single workflow steps: a command in the words and order a
 * kind's own step passes becomes that kind's phrasing, with each value's source; a command in
 * another order, with a shell variable, a quoted value with spaces or a flag given twice stays
 * a script (or a plain command), so the generated step never runs something else. The round
 * trips in test/import run the adopted steps in the sandbox against the hand-written ones.
 */
import { describe, expect, test } from 'vitest';
import { builtinStepKinds } from '../../generators/steps/registry.js';
import type { AdoptContext, ForeignStep } from '../../generators/steps/kind.js';
import { docSource, valueSource } from '../../generators/import/values.js';

const ctx: AdoptContext = { component: 'x', phase: 'deploy', source: docSource, valueSource };

function adopt(run: string, extra: Partial<ForeignStep> = {}): string {
  const step: ForeignStep = { name: 'Step', uses: null, with: {}, run, shell: null, env: {}, workingDirectory: null, if: null, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, ...extra };
  for (const kind of builtinStepKinds) {
    const adopted = kind.adopt?.(step, ctx);
    if (adopted) return adopted.text;
  }
  return '(none)';
}

const ROLE = 'arn:aws:iam::${{ secrets.AWS_ACCOUNT_ID }}:role/${{ vars.ROLE }}';

describe('adopted in the kind phrasing, every value with its source', () => {
  test.each([
    ['sam build --template-file templates/a.yaml', {}, '`sam build` — template: `templates/a.yaml`'],
    ['sam build', { workingDirectory: 'lambdas/a' }, '`sam build`'],
    [
      `sam deploy --stack-name app-a --s3-bucket \${{ secrets.BUCKET }} --region \${{ secrets.AWS_REGION }} --role-arn ${ROLE} --capabilities CAPABILITY_IAM --no-confirm-changeset --no-fail-on-empty-changeset --parameter-overrides Env=\${{ inputs.env }} Origin=https://\${{ vars.D }} Size=3`,
      {},
      '`sam deploy` — stack: `app-a`; params: `Env` (from inputs.env), `Origin` (from `https://` + vars.D), `Size` (value: `3`); capabilities: `CAPABILITY_IAM`',
    ],
    ['sam delete --stack-name app-a --region ${{ secrets.AWS_REGION }} --no-prompts', {}, 'SAM delete `app-a`.'],
    ['sam delete --stack-name app-a --region "$AWS_REGION" --no-prompts', {}, 'SAM delete `app-a`.'],
    [
      `aws cloudformation deploy --stack-name app-a --template-file t.yaml --region us-east-1 --role-arn ${ROLE} --no-fail-on-empty-changeset --parameter-overrides A=\${{ vars.A }}`,
      {},
      '`aws cloudformation deploy` — stack: `app-a`; template: `t.yaml`; region: `us-east-1`; role: (from `arn:aws:iam::` + secrets.AWS_ACCOUNT_ID + `:role/` + vars.ROLE); params: `A` (from vars.A)',
    ],
    ['aws s3 sync ui/dist/ s3://${{ steps.l.outputs.bucket }} --delete', {}, 'Sync `ui/dist/` to the bucket `BucketName` (from steps.l.outputs.bucket)'],
    ['aws s3 sync site/ s3://docs-bucket/handbook/', {}, 'Sync `site/` to `s3://docs-bucket/handbook/`, keeping other files'],
    ['aws cloudfront create-invalidation --distribution-id ${{ steps.l.outputs.id }} --paths "/*"', {}, 'Invalidate the CloudFront distribution `DistributionId` (from steps.l.outputs.id)'],
    ['aws cloudfront create-invalidation --distribution-id E123 --paths "/index.html" "/assets/*"', {}, 'Invalidate the CloudFront distribution `E123` for `/index.html` and `/assets/*`'],
    ['npm ci\nnpm run build\n', { workingDirectory: 'handbook' }, '`npm ci` and `npm run build` in `handbook`'],
    ['aws logs delete-log-group --log-group-name /aws/lambda/fn 2>/dev/null || echo "gone"', {}, 'Delete the log group `/aws/lambda/fn`'],
  ])('%s', (run, extra, text) => {
    expect(adopt(run, extra)).toBe(text);
  });
});

describe('left a script or a plain command when the kind would pass other words', () => {
  test.each([
    // sam would build the configured template, not ./template.yaml.
    ['sam build', {}],
    ['sam build -t templates/a.yaml', {}],
    // Another flag order, a flag given twice, a value the shell would split, a shell variable.
    ['sam deploy --s3-bucket b --stack-name app-a --no-confirm-changeset --no-fail-on-empty-changeset', {}],
    ['sam deploy --stack-name app-a --no-confirm-changeset --no-fail-on-empty-changeset --stack-name app-b', {}],
    ['sam deploy --stack-name app-a --no-confirm-changeset --no-fail-on-empty-changeset --parameter-overrides "Name=a b"', {}],
    ['sam deploy --stack-name "$STACK" --no-confirm-changeset --no-fail-on-empty-changeset', {}],
    ['sam deploy --stack-name app-a --no-fail-on-empty-changeset', {}],
    ['aws cloudformation deploy --template-file t.yaml --stack-name app-a --no-fail-on-empty-changeset', {}],
    ['sam delete --stack-name app-a --no-prompts', {}],
    ['aws s3 sync dist/ s3://${{ vars.B }}/prefix/ --delete', {}],
    ['aws s3 sync dist/ "s3://$BUCKET" --delete', {}],
    // An unquoted glob is the shell's to expand.
    ['aws cloudfront create-invalidation --distribution-id E123 --paths /index.html /assets/*', {}],
    // Without the fallback, a missing log group fails the hand-written step.
    ['aws logs delete-log-group --log-group-name /aws/lambda/fn', {}],
    ['npm ci', {}],
  ])('%s', (run, extra) => {
    const text = adopt(run, extra);
    expect(text.endsWith(':') || text === `\`${run}\``, text).toBe(true);
  });
});
