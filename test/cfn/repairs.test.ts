/**
 * The template repairs, tested as markdownlint tests its fixes: apply the
 * edits, analyse again, and the finding is gone with nothing new in its place.
 */
import { describe, expect, it } from 'vitest';
import { templateRepairs } from '../../generators/cfn/repairs.js';
import type { Point } from '../../generators/diagnostics/diagnostic.js';
import { analyzeDocs, printDiagnostics } from '../helpers/world.js';

const samFunction = 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n      Runtime: nodejs20.x\n      InlineCode: x\n';
const namedRole = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '${AWS::StackName}-role'\n      AssumeRolePolicyDocument: {}\n";
const withParam = 'Parameters:\n  Size:\n    Type: String\n' + samFunction;

function apply(text: string, edits: { start: Point; end: Point; text: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Point) => starts[p.line - 1]! + p.column - 1;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.start) - offset(a.start))) out = out.slice(0, offset(e.start)) + e.text + out.slice(offset(e.end));
  return out;
}

function doc(step: string): string {
  return `# fn\n\n## CloudFormation Stack\n\n\`app-fn\`\n\n## Deploy Workflow\n\n### Steps\n\n1. \`sam build\` — template: \`templates/fn.yaml\`\n2. ${step}\n\n### Sequence Diagram\n\n![Deploy fn sequence](./images/deploy-fn.svg)\n`;
}

/** Runs the repairs once; returns the fixed doc, and the errors before and after. */
function fix(files: Record<string, string>, file = 'fn.md') {
  const before = analyzeDocs(files);
  const repairs = templateRepairs(before.stacks);
  const fixed = { ...files, [file]: apply(files[file]!, repairs.filter((r) => r.file === `docs/components/${file}`)) };
  const after = analyzeDocs(fixed);
  return { repairs, text: fixed[file]!, before: printDiagnostics(before.diagnostics.filter((d) => d.severity === 'error')), after: printDiagnostics(after.diagnostics.filter((d) => d.severity !== 'info')) };
}

describe('missing-capability repair', () => {
  it.each([
    ['one line, CAPABILITY_IAM granted, a named role', '`sam deploy` — stack: `app-fn`; capabilities: `CAPABILITY_IAM`', namedRole, '`sam deploy` — stack: `app-fn`; capabilities: `CAPABILITY_NAMED_IAM`'],
    ['one line, none granted', '`sam deploy` — stack: `app-fn`', samFunction, '`sam deploy` — stack: `app-fn`; capabilities: `CAPABILITY_IAM`'],
    ['prose with a period', 'SAM deploy `app-fn`.', samFunction, 'SAM deploy `app-fn`; capabilities: `CAPABILITY_IAM`.'],
    ['prose with a parameter list', 'SAM deploy `app-fn` with parameters:\n   - `Size` (from vars.SIZE)', withParam, 'SAM deploy `app-fn` with parameters; capabilities: `CAPABILITY_IAM`\n   - `Size` (from vars.SIZE)'],
    ['the whole command', '`sam deploy --stack-name app-fn`', samFunction, '`sam deploy --stack-name app-fn --capabilities CAPABILITY_IAM`'],
    ['another capability listed', '`sam deploy` — stack: `app-fn`; capabilities: `CAPABILITY_AUTO_EXPAND`', samFunction, '`sam deploy` — stack: `app-fn`; capabilities: `CAPABILITY_AUTO_EXPAND`, `CAPABILITY_IAM`'],
  ])('%s', (_name, step, template, fixedStep) => {
    const result = fix({ 'fn.md': doc(step), 'templates/fn.yaml': template });
    expect(result.before).toContain('[missing-capability]');
    expect(result.repairs.map((r) => r.rule)).toEqual(['missing-capability']);
    expect(result.text).toBe(doc(fixedStep));
    expect(result.after).toBe('');
  });
});

describe('unknown-output repair', () => {
  const pool = '# pool\n\n## CloudFormation Stack\n\n`app-pool`\n\n## Required By\n\n### Deploy\n\n- `fn`\n\n## Deploy Workflow\n\n### Steps\n\n1. `sam build` — template: `templates/pool.yaml`\n2. `sam deploy` — stack: `app-pool`\n\n### Sequence Diagram\n\n![Deploy pool sequence](./images/deploy-pool.svg)\n';
  const poolTemplate = 'Resources:\n  P:\n    Type: AWS::Cognito::UserPool\nOutputs:\n  UserPoolId:\n    Value: !Ref P\n  UserPoolArn:\n    Value: !GetAtt P.Arn\n';
  const reader = (output: string) =>
    doc('`sam deploy` — stack: `app-fn`').replace('1. `sam build`', `1. Look up \`${output}\` from the \`app-pool\` stack output.\n2. \`sam build\``).replace('\n2. `sam deploy`', '\n3. `sam deploy`').replace('## Deploy Workflow', '## Dependencies\n\n### Deploy\n\n- `pool`\n\n## Deploy Workflow');
  const plain = 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n';

  it('corrects an output name with exactly one close match, and the check is clean again', () => {
    const result = fix({ 'fn.md': reader('CognitoUserPoolId'), 'pool.md': pool, 'templates/fn.yaml': plain, 'templates/pool.yaml': poolTemplate });
    expect(result.before).toContain('[unknown-output]');
    expect(result.text).toBe(reader('UserPoolId'));
    expect(result.after).toBe('');
  });

  it('leaves a name with several close matches, or none, to a human', () => {
    for (const output of ['UserPool', 'Nothing']) {
      const result = fix({ 'fn.md': reader(output), 'pool.md': pool, 'templates/fn.yaml': plain, 'templates/pool.yaml': poolTemplate });
      expect(result.before, output).toContain('[unknown-output]');
      expect(result.repairs, output).toEqual([]);
    }
  });
});
