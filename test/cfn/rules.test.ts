/**
 * Each template rule through the public `analyze` entry point, on docs and
 * corpus templates held in memory: the exact finding at the doc line, the
 * related template location, and a clean case beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic.js';
import { lineOf, type StackDoc, stackDoc } from '../helpers/stacks.js';
import { analyzeDocs, printDiagnostics, repoRoot } from '../helpers/world.js';

const corpus = (name: string) => readFileSync(path.join(repoRoot, 'test/fixtures/cfn', name), 'utf8');
const TEMPLATE_RULES = new Set(['unknown-output', 'missing-parameter', 'unknown-parameter', 'missing-capability', 'stack-dependency-missing', 'invalid-template']);

/** Analyses stack docs plus templates; returns the template rules' findings and the docs' text. */
function run(docs: StackDoc[], templates: Record<string, string>) {
  const texts = Object.fromEntries(docs.map((d) => [`${d.id}.md`, stackDoc(d)]));
  const analysis = analyzeDocs({ ...texts, ...templates });
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error' && !TEMPLATE_RULES.has(d.ruleId));
  expect(printDiagnostics(errors), 'the docs themselves are fine').toBe('');
  return { findings: analysis.diagnostics.filter((d) => TEMPLATE_RULES.has(d.ruleId)), texts };
}

/** The finding reduced to what the tests pin: rule, place, related places. */
const place = (d: Diagnostic) => ({
  ruleId: d.ruleId,
  at: `${d.file}:${d.start.line}:${d.start.column}`,
  related: (d.related ?? []).map((r) => `${r.file}:${r.start.line}:${r.start.column}`),
});

/** The column of the code span `needle` on `line` (its opening backtick, as mdast places it). */
const col = (text: string, line: number, needle: string) => text.split('\n')[line - 1]!.indexOf(`\`${needle}`) + 1;

const pool: StackDoc = { id: 'user-pool', stack: 'app-user-pool', template: 'templates/user-pool.yaml', requiredByDeploy: ['api'], deleteDependencies: ['api'] };
const poolTemplate = { 'templates/user-pool.yaml': 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\nOutputs:\n  UserPoolId:\n    Value: !Ref Pool\n  UserPoolArn:\n    Value: !GetAtt Pool.Arn\n' };

describe('unknown-output', () => {
  const api = (output: string): StackDoc => ({ id: 'api', stack: 'app-api', template: 'templates/api.yaml', lookups: [['app-user-pool', output]], deployDependencies: ['user-pool'], requiredByDelete: ['user-pool'] });
  const apiTemplate = { 'templates/api.yaml': 'Resources:\n  Api:\n    Type: AWS::ApiGatewayV2::Api\n' };

  it('points at the output name in the doc, suggests the declared one, and relates the template Outputs', () => {
    const { findings, texts } = run([api('CognitoUserPoolId'), pool], { ...poolTemplate, ...apiTemplate });
    const line = lineOf(texts['api.md']!, 'CognitoUserPoolId');
    expect(findings.map(place)).toEqual([{ ruleId: 'unknown-output', at: `docs/components/api.md:${line}:${col(texts['api.md']!, line, 'CognitoUserPoolId')}`, related: ['templates/user-pool.yaml:4:1'] }]);
    expect(findings[0]!.message).toContain('did you mean `UserPoolId`?');
    expect(findings[0]!.related![0]!.message).toBe('its outputs: `UserPoolId`, `UserPoolArn`');
  });

  it('is silent for a declared output, and for a stack whose template is not in the repository', () => {
    expect(run([api('UserPoolId'), pool], { ...poolTemplate, ...apiTemplate }).findings).toEqual([]);
    expect(run([api('CognitoUserPoolId'), pool], apiTemplate).findings).toEqual([]);
  });

  it('checks a parameter read from a stack output too', () => {
    const reader: StackDoc = { id: 'api', stack: 'app-api', template: 'templates/api.yaml', parameters: ['PoolId (from the `app-user-pool` stack\'s `PoolIdentifier` output)'], deployDependencies: ['user-pool'], requiredByDelete: ['user-pool'] };
    const template = { 'templates/api.yaml': 'Parameters:\n  PoolId:\n    Type: String\nResources: {}\n' };
    const { findings } = run([reader, pool], { ...poolTemplate, ...template });
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([['unknown-output', 'Unknown output `PoolIdentifier` of stack `app-user-pool` in the source of `PoolId`: templates/user-pool.yaml does not declare it']]);
  });
});

describe('missing-parameter and unknown-parameter', () => {
  const sam = (parameters: string[], capabilities = ['CAPABILITY_NAMED_IAM']): StackDoc => ({ id: 'worker', stack: 'app-worker', template: 'templates/worker.yaml', parameters, capabilities });
  const templates = { 'templates/worker.yaml': corpus('sam-named-roles.yaml') };

  it('reports a required parameter the deploy step does not pass at the deploy step, related to its declaration', () => {
    const { findings, texts } = run([sam(['LogLevel=debug'])], templates);
    const line = lineOf(texts['worker.md']!, '`sam deploy`');
    expect(findings.map(place)).toEqual([{ ruleId: 'missing-parameter', at: `docs/components/worker.md:${line}:1`, related: ['templates/worker.yaml:9:3'] }]);
  });

  it('reports a parameter the template does not declare at its name, with a suggestion and the template Parameters', () => {
    const { findings, texts } = run([sam(['Stage (from vars.STAGE)', 'Stages (from vars.STAGE)'])], templates);
    const line = lineOf(texts['worker.md']!, '`sam deploy`');
    expect(findings.map(place)).toEqual([{ ruleId: 'unknown-parameter', at: `docs/components/worker.md:${line}:${col(texts['worker.md']!, line, 'Stages')}`, related: ['templates/worker.yaml:8:1'] }]);
    expect(findings[0]!.message).toContain('did you mean `Stage`?');
  });

  it('is clean when every required parameter is passed and every passed one is declared (defaults may be left out)', () => {
    expect(run([sam(['Stage (from vars.STAGE)'])], templates).findings).toEqual([]);
  });

  it('reads a JSON template the same way', () => {
    const doc: StackDoc = { id: 'topic', stack: 'app-topic', template: 'templates/topic.json', capabilities: ['CAPABILITY_NAMED_IAM'] };
    const { findings } = run([doc], { 'templates/topic.json': corpus('json-template.json') });
    expect(findings.map(place)).toEqual([{ ruleId: 'missing-parameter', at: `docs/components/topic.md:${lineOf(stackDoc(doc), '`sam deploy`')}:1`, related: ['templates/topic.json:5:3'] }]);
  });
});

describe('missing-capability', () => {
  const doc = (template: string, capabilities: string[]): StackDoc => ({ id: 'fn', stack: 'app-fn', template, parameters: template.includes('sam') ? ['Stage (from vars.STAGE)'] : ['Env (from vars.ENV)'], capabilities });

  it('asks for CAPABILITY_NAMED_IAM for a named role, at the granted capability, related to the role', () => {
    const { findings, texts } = run([doc('templates/sam.yaml', ['CAPABILITY_IAM'])], { 'templates/sam.yaml': corpus('sam-named-roles.yaml') });
    const line = lineOf(texts['fn.md']!, '`sam deploy`');
    expect(findings.map(place)).toEqual([{ ruleId: 'missing-capability', at: `docs/components/fn.md:${line}:${col(texts['fn.md']!, line, 'CAPABILITY_IAM')}`, related: ['templates/sam.yaml:16:3'] }]);
    expect(findings[0]!.message).toContain('`CAPABILITY_NAMED_IAM`');
  });

  it('lets sam deploy acknowledge the SAM transform, but not another macro', () => {
    expect(run([doc('templates/sam.yaml', ['CAPABILITY_NAMED_IAM'])], { 'templates/sam.yaml': corpus('sam-named-roles.yaml') }).findings).toEqual([]);
    const { findings } = run([doc('templates/cond.yaml', [])], { 'templates/cond.yaml': corpus('conditions.yaml') });
    expect(findings.map(place)).toEqual([{ ruleId: 'missing-capability', at: `docs/components/fn.md:${lineOf(stackDoc(doc('templates/cond.yaml', [])), '`sam deploy`')}:1`, related: ['templates/cond.yaml:2:13'] }]);
    expect(findings[0]!.message).toContain('`CAPABILITY_AUTO_EXPAND`');
    expect(run([doc('templates/cond.yaml', ['CAPABILITY_AUTO_EXPAND'])], { 'templates/cond.yaml': corpus('conditions.yaml') }).findings).toEqual([]);
  });

  it('asks for CAPABILITY_IAM for a SAM function without a role, which CAPABILITY_NAMED_IAM also covers', () => {
    const template = { 'templates/fn.yaml': 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n      Runtime: nodejs20.x\n      InlineCode: x\n' };
    const plain: StackDoc = { id: 'fn', stack: 'app-fn', template: 'templates/fn.yaml' };
    expect(run([plain], template).findings.map((f) => [f.ruleId, f.related![0]!.start.line])).toEqual([['missing-capability', 3]]);
    expect(run([{ ...plain, capabilities: ['CAPABILITY_IAM'] }], template).findings).toEqual([]);
    expect(run([{ ...plain, capabilities: ['CAPABILITY_NAMED_IAM'] }], template).findings).toEqual([]);
  });
});

describe('stack-dependency-missing', () => {
  // import-value.yaml imports `${TablesStack}-TableName` with TablesStack defaulting to `app-tables`;
  // plain-cloudformation.yaml exports `<its stack>-TableName` through Fn::Join.
  const tables = (extra: Partial<StackDoc> = {}): StackDoc => ({ id: 'tables', stack: 'app-tables', template: 'templates/tables.yaml', parameters: ['TableName (from vars.TABLE)'], ...extra });
  const reader = (extra: Partial<StackDoc> = {}): StackDoc => ({ id: 'reader', stack: 'app-reader', template: 'templates/reader.yaml', parameters: ['NetworkStack (from vars.NETWORK)'], capabilities: [], ...extra });
  const templates = { 'templates/tables.yaml': corpus('plain-cloudformation.yaml'), 'templates/reader.yaml': corpus('import-value.yaml') };
  const iam = { capabilities: ['CAPABILITY_IAM'] };

  it('resolves a !Sub import over a parameter default to the exporting component, and reports the missing deploy dependency at the template path', () => {
    const { findings, texts } = run([reader(), tables(iam)], templates);
    const line = lineOf(texts['reader.md']!, 'templates/reader.yaml');
    expect(findings.map(place)).toEqual([{ ruleId: 'stack-dependency-missing', at: `docs/components/reader.md:${line}:${col(texts['reader.md']!, line, 'templates/reader.yaml')}`, related: ['templates/reader.yaml:22:18'] }]);
    expect(findings[0]!.message).toBe('Missing deploy dependency on `tables`: its template imports `app-tables-TableName`, which `tables` exports, but `reader` can deploy before it');
  });

  it('is clean with the dependency, and when a literal the doc passes points the import elsewhere', () => {
    expect(run([reader({ deployDependencies: ['tables'], requiredByDelete: ['tables'] }), tables({ ...iam, requiredByDeploy: ['reader'], deleteDependencies: ['reader'] })], templates).findings).toEqual([]);
    expect(run([reader({ parameters: ['NetworkStack (from vars.NETWORK)', 'TablesStack=other-tables'] }), tables(iam)], templates).findings).toEqual([]);
  });

  it('reports a doc lookup without a dependency at the lookup, related to the declared output', () => {
    const { findings, texts } = run([reader({ lookups: [['app-tables', 'TableArn']], deployDependencies: [] }), tables(iam)], { ...templates, 'templates/reader.yaml': 'Parameters:\n  NetworkStack:\n    Type: String\nResources: {}\n' });
    const line = lineOf(texts['reader.md']!, 'TableArn');
    expect(findings.map(place)).toEqual([{ ruleId: 'stack-dependency-missing', at: `docs/components/reader.md:${line}:${col(texts['reader.md']!, line, 'TableArn')}`, related: ['templates/tables.yaml:38:3'] }]);
  });

  it('asks a delete workflow that reads another stack to run before that stack is deleted', () => {
    const plainReader = { 'templates/reader.yaml': 'Parameters:\n  NetworkStack:\n    Type: String\nResources: {}\n' };
    const { findings, texts } = run([reader({ deleteLookups: [['app-tables', 'TableName']] }), tables(iam)], { ...templates, ...plainReader });
    expect(findings.map((f) => [f.ruleId, f.start.line, f.message])).toEqual([
      ['stack-dependency-missing', lineOf(texts['reader.md']!, 'Look up `TableName`'), "Missing delete order: the delete workflow's step 2 reads output `TableName` of `app-tables`, but `tables` can be deleted first"],
    ]);
    expect(run([reader({ deleteLookups: [['app-tables', 'TableName']], requiredByDelete: ['tables'] }), tables({ ...iam, deleteDependencies: ['reader'] })], { ...templates, ...plainReader }).findings).toEqual([]);
  });
});

describe('invalid-template', () => {
  it('reports a template that does not parse at its own line and column, and checks nothing else against it', () => {
    const doc: StackDoc = { id: 'topic', stack: 'app-topic', template: 'templates/topic.yaml', parameters: ['Anything (from vars.X)'] };
    const { findings } = run([doc], { 'templates/topic.yaml': corpus('invalid-unknown-tag.yaml') });
    expect(findings.map(place)).toEqual([{ ruleId: 'invalid-template', at: 'templates/topic.yaml:5:18', related: [] }]);
  });

  it('reads the template the configured pattern names when the build step names none', () => {
    const doc: StackDoc = { id: 'topic', stack: 'app-topic', template: null };
    const texts = { 'topic.md': stackDoc(doc), 'infra/topic/template.yaml': corpus('invalid-unknown-tag.yaml') };
    const analysis = analyzeDocs(texts, { templatePattern: 'infra/{id}/template.yaml' });
    expect(analysis.diagnostics.filter((d) => d.ruleId === 'invalid-template').map(place)).toEqual([{ ruleId: 'invalid-template', at: 'infra/topic/template.yaml:5:18', related: [] }]);
  });
});
