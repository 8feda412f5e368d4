/**
 * What a deploy gets besides its step: `sam deploy` reads parameter
 * overrides and capabilities from samconfig.toml (or .yaml, or the file
 * `--config-file` names, for `--config-env`), so they are not reported
 * missing; and a template with nested stacks or SAR applications checks clean.
 */
import { describe, expect, it } from 'vitest';
import { fixDocs } from '../../generators/fix/run.js';
import { analyzeDocs, docFiles, printDiagnostics } from '../helpers/world.js';

const template = 'Parameters:\n  TableName:\n    Type: String\nResources:\n  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: !Ref TableName\n';
const namedRole = "Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Sub '${AWS::StackName}-role'\n      AssumeRolePolicyDocument: {}\n";

function doc(deploy = '`sam deploy` — stack: `app-orders`'): string {
  return `# orders\n\n## CloudFormation Stack\n\n\`app-orders\`\n\n## Deploy Workflow\n\n### Steps\n\n1. \`sam build\` — template: \`templates/orders.yaml\`\n2. ${deploy}\n\n### Sequence Diagram\n\n![Deploy orders sequence](./images/deploy-orders.svg)\n`;
}

/** Errors for the doc with `files` (template and config paths from the project root) on disk. */
function errors(files: Record<string, string>, step?: string): string {
  const analysis = analyzeDocs({ 'orders.md': doc(step) }, { readTemplate: (f) => files[f] ?? null });
  return printDiagnostics(analysis.diagnostics.filter((d) => d.severity === 'error'));
}

const overrides = '[default.deploy.parameters]\nparameter_overrides = "TableName=orders"\n';

describe('samconfig', () => {
  it('without it, an unpassed parameter is missing', () => {
    expect(errors({ 'templates/orders.yaml': template })).toContain('[missing-parameter]');
  });

  it.each([
    ['samconfig.toml at the root', { 'samconfig.toml': overrides }],
    ['samconfig.toml beside the template', { 'templates/samconfig.toml': overrides }],
    ['samconfig.yaml', { 'samconfig.yaml': 'version: 0.1\ndefault:\n  deploy:\n    parameters:\n      parameter_overrides:\n        - TableName=orders\n' }],
    ['global parameters', { 'samconfig.toml': '[default.global.parameters]\nparameter_overrides = ["TableName=orders"]\n' }],
  ])('a parameter override in %s is passed', (_name, config) => {
    expect(errors({ 'templates/orders.yaml': template, ...config })).toBe('');
  });

  it('--config-file and --config-env choose the file and the environment', () => {
    const step = '`sam deploy --stack-name app-orders --config-file ci/samconfig.toml --config-env prod`';
    expect(errors({ 'templates/orders.yaml': template, 'ci/samconfig.toml': '[prod.deploy.parameters]\nparameter_overrides = "TableName=orders"\n' }, step)).toBe('');
    expect(errors({ 'templates/orders.yaml': template, 'ci/samconfig.toml': overrides }, step)).toContain('Missing parameter `TableName`');
    expect(errors({ 'templates/orders.yaml': template, 'samconfig.toml': overrides }, step)).toContain('Missing parameter `TableName`');
  });

  it('its capabilities are granted, and fix adds none', () => {
    const files = { 'templates/orders.yaml': namedRole, 'samconfig.toml': '[default.deploy.parameters]\ncapabilities = "CAPABILITY_NAMED_IAM"\n' };
    expect(errors({ 'templates/orders.yaml': namedRole })).toContain('[missing-capability]');
    expect(errors(files)).toBe('');
    expect(fixDocs(docFiles({ 'orders.md': doc() }), { readTemplate: (f) => files[f as keyof typeof files] ?? null }).applied).toEqual([]);
  });

  it('a file that does not parse is a diagnostic at its line and column', () => {
    const printed = errors({ 'templates/orders.yaml': template, 'samconfig.toml': '[default.deploy.parameters]\nparameter_overrides = "TableName=orders\n' }).split('\n');
    expect(printed.filter((l) => l.startsWith('samconfig.toml'))).toEqual([expect.stringMatching(/^samconfig\.toml:2:\d+: error Cannot parse SAM config: .+ \[invalid-template\]$/)]);
    // Unread, it passes nothing: the parameter is still missing.
    expect(printed.filter((l) => l.endsWith('[missing-parameter]'))).toHaveLength(1);
  });
});

describe('nested stacks', () => {
  const parent = [
    'Transform: AWS::Serverless-2016-10-31',
    'Parameters:',
    '  TableName:',
    '    Type: String',
    '    Default: orders',
    'Resources:',
    '  Storage:',
    '    Type: AWS::CloudFormation::Stack',
    '    Properties:',
    '      TemplateURL: nested/storage.yaml',
    '      Parameters:',
    '        TableName: !Ref TableName',
    '  Auth:',
    '    Type: AWS::Serverless::Application',
    '    Properties:',
    '      Location:',
    '        ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:applications/auth',
    '        SemanticVersion: 1.0.0',
    '      Parameters:',
    '        Stage: prod',
    'Outputs:',
    '  TableArn:',
    '    Value: !GetAtt Storage.Outputs.TableArn',
    '  UserPoolId:',
    '    Value: !GetAtt Auth.Outputs.UserPoolId',
    '',
  ].join('\n');

  it('a template with an AWS::CloudFormation::Stack and an AWS::Serverless::Application checks clean', () => {
    expect(errors({ 'templates/orders.yaml': parent })).toBe('');
  });

  it('their outputs can be looked up by other stacks', () => {
    const reader = '# reader\n\n## CloudFormation Stack\n\n`app-reader`\n\n## Dependencies\n\n### Deploy\n\n- `orders`\n\n## Deploy Workflow\n\n### Steps\n\n1. Look up `TableArn` from the `app-orders` stack output.\n2. `sam build` — template: `templates/reader.yaml`\n3. `sam deploy` — stack: `app-reader`\n\n### Sequence Diagram\n\n![Deploy reader sequence](./images/deploy-reader.svg)\n';
    const files: Record<string, string> = { 'templates/orders.yaml': parent, 'templates/reader.yaml': 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n' };
    const orders = doc().replace('## Deploy Workflow', '## Required By\n\n### Deploy\n\n- `reader`\n\n## Deploy Workflow');
    const analysis = analyzeDocs({ 'orders.md': orders, 'reader.md': reader }, { readTemplate: (f) => files[f] ?? null });
    expect(printDiagnostics(analysis.diagnostics.filter((d) => d.severity !== 'info'))).toBe('');
  });
});
