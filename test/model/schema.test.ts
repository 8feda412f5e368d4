/**
 * docs/model.schema.json describes what `docflow model` prints: the bundled
 * docs and every model fixture validate against it, and outputs with a
 * single thing wrong do not.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { cmp } from '../../generators/diagnostics/diagnostic.js';
import { runCli } from '../helpers/cli.js';
import { repoFile, repoRoot } from '../helpers/world.js';

const Ajv = AjvModule.default ?? AjvModule;
const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(repoFile('docs/model.schema.json')) as object);

const errorsOf = (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

/** `docflow model` output for a project, parsed. */
async function modelOutput(argv: string[]): Promise<Record<string, unknown>> {
  const run = await runCli(['model', ...argv]);
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('docs/model.schema.json', () => {
  let bundled: Record<string, unknown>;
  beforeAll(async () => {
    bundled = await modelOutput([]);
  });

  it('is a draft-07 schema', () => {
    expect((JSON.parse(repoFile('docs/model.schema.json')) as { $schema: string }).$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('accepts `docflow model` on the bundled docs', () => {
    expect((bundled.components as unknown[]).length).toBeGreaterThanOrEqual(15);
    expect(errorsOf(bundled)).toEqual([]);
  });

  const fixtures = readdirSync(path.join(repoRoot, 'test/fixtures/model')).sort(cmp);
  it.each(fixtures)('accepts `docflow model` on fixture %s', async (name) => {
    const model = await modelOutput(['--root', path.join(repoRoot, 'test/fixtures/model', name), '--docs', 'docs']);
    expect(errorsOf(model)).toEqual([]);
  });

  describe('rejects output with one thing wrong', () => {
    type Mutation = (m: any) => void;
    const comp = (m: any, id: string) => m.components.find((c: { id: string }) => c.id === id);
    const cases: [string, Mutation][] = [
      ['an unknown severity', (m) => (m.diagnostics.push({ file: 'x.md', line: 1, column: 1, severity: 'fatal', code: 'x', message: 'x' }))],
      ['a diagnostic without a code', (m) => (m.diagnostics.push({ file: 'x.md', line: 1, column: 1, severity: 'error', message: 'x' }))],
      ['line 0', (m) => (comp(m, 'dynamodb-users').line = 0)],
      ['a component without `stack`', (m) => delete comp(m, 'dynamodb-users').stack],
      ['an unknown component key', (m) => (comp(m, 'dynamodb-users').owner = 'me')],
      ['a ref without ids', (m) => delete comp(m, 'http-api').dependencies.deploy[0].ids],
      ['a numeric reason', (m) => (comp(m, 'http-api').dependencies.deploy[0].reason = 3)],
      ['a third phase', (m) => (comp(m, 'http-api').requiredBy.teardown = [])],
      ['a failure cell that is not text', (m) => (comp(m, 'http-api').failureScenarios[0].Cause = null)],
      ['a sam-deploy step without a stack', (m) => delete comp(m, 'http-api').workflows.deploy.steps.find((s: { kind: string }) => s.kind === 'sam-deploy').params.stack],
      ['checkout params', (m) => (comp(m, 'http-api').workflows.deploy.steps[0].params.ref = 'main')],
      ['an unknown parameter source kind', (m) => (comp(m, 'http-api').workflows.deploy.steps.find((s: { kind: string }) => s.kind === 'sam-deploy').params.parameters[0].source = { kind: 'env', name: 'X' })],
      ['a script in a third shell', (m) => (comp(m, 'web-ui').workflows.deploy.steps.find((s: { kind: string }) => s.kind === 'script').params.shell = 'zsh')],
      ['a diagram without url', (m) => delete comp(m, 'http-api').workflows.deploy.diagram.url],
    ];
    it.each(cases)('%s', (_name, mutate) => {
      const copy = structuredClone(bundled);
      mutate(copy);
      expect(errorsOf(copy)).not.toEqual([]);
    });
  });
});
