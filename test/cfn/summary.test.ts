/**
 * The template summary a component page shows, on the bundled example: each
 * parameter with where its value comes from, each output with who reads it.
 */
import { describe, expect, it } from 'vitest';
import { templateSummary } from '../../generators/cfn/summary.js';
import { loadProject } from '../../generators/project.js';
import { stackDoc } from '../helpers/stacks.js';
import { analyzeDocs, repoRoot } from '../helpers/world.js';

describe('template summary', () => {
  it('tells, for the example http-api, where each parameter comes from and who reads each output', async () => {
    const project = await loadProject({ root: repoRoot });
    const summary = templateSummary(project.analysis.stacks, 'http-api')!;
    expect(summary.file).toBe('cloudformation/http-api.yaml');
    expect(summary.parameters.map((p) => [p.name, p.origin])).toEqual([
      ['UserPoolId', { kind: 'lookup', step: 4, output: 'UserPoolId' }],
      ['UserPoolClientId', { kind: 'lookup', step: 4, output: 'UserPoolClientId' }],
      ['CertificateArn', { kind: 'lookup', step: 5, output: 'CertificateArn' }],
      ['ApiDomainName', { kind: 'expression', expression: 'vars.API_DOMAIN_NAME' }],
      ['CorsAllowedOrigin', { kind: 'expression', expression: 'vars.APP_ORIGIN' }],
    ]);
    const apiId = summary.outputs.find((o) => o.name === 'ApiId')!;
    expect(apiId.exportName).toBe('firefly-http-api-ApiId');
    expect(apiId.readers.map((r) => r.component)).toEqual(['func-api-uploads-presign', 'func-api-users-delete', 'func-api-users-get', 'func-api-users-post']);
    expect(summary.outputs.find((o) => o.name === 'ApiEndpoint')!.readers).toEqual([]);
    expect(templateSummary(project.analysis.stacks, 'web-ui')).toBeNull();
  });

  it('names defaults, parameters nobody passes, and importers', () => {
    const analysis = analyzeDocs({
      'a.md': stackDoc({ id: 'a', stack: 'app-a', template: 'templates/a.yaml', requiredByDeploy: ['b'], deleteDependencies: ['b'] }),
      'b.md': stackDoc({ id: 'b', stack: 'app-b', template: 'templates/b.yaml', deployDependencies: ['a'], requiredByDelete: ['a'] }),
      'templates/a.yaml': "Parameters:\n  Size:\n    Type: Number\n    Default: 3\n  Name:\n    Type: String\nResources:\n  Q:\n    Type: AWS::SQS::Queue\nOutputs:\n  QueueArn:\n    Value: !GetAtt Q.Arn\n    Export:\n      Name: !Sub '${AWS::StackName}-QueueArn'\n",
      'templates/b.yaml': 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !ImportValue app-a-QueueArn\n',
    });
    const summary = templateSummary(analysis.stacks, 'a')!;
    expect(summary.parameters.map((p) => [p.name, p.origin.kind])).toEqual([['Size', 'default'], ['Name', 'missing']]);
    expect(summary.outputs).toEqual([{ name: 'QueueArn', exportName: 'app-a-QueueArn', readers: [{ component: 'b', how: 'Fn::ImportValue' }], line: 11 }]);
  });
});
