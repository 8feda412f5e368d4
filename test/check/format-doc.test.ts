/**
 * Executes docs/FORMAT.md. Every `markdown example=<name> [same=<group>]`
 * block is parsed in a small world: a whole doc (`# id` first) keeps its id, a
 * fragment (`##` first) goes under `# demo`. Stub docs stand in for the
 * components the examples mention. Each example must read without any
 * diagnostic about itself (a fragment may leave out the optional sequence
 * diagram, which `diagram-link` notes), and all examples of one `same=` group
 * must give the same model.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic.js';
import { fencedBlocks } from '../helpers/fenced.js';
import { analyzeDocs, type ComponentJson, DOCS_DIR, type ModelJson, modelOf, printDiagnostics, repoFile, withoutPositions } from '../helpers/world.js';

/** Components the examples refer to. */
const STUB_IDS = ['dynamodb-users', 'func-api-users-post', 'func-api-users-delete', 'func-cognito-pre-signup', 'http-api'];
// Stubs own the stacks `firefly-<id>`, so examples may look them up.
const stub = (id: string) => `# ${id}\n\n## CloudFormation Stack\n\n\`firefly-${id}\`\n\n## Dependencies\n\n### Deploy\n\nNone\n`;

const page = repoFile('docs/FORMAT.md');
const examples = fencedBlocks(page)
  .filter((b) => b.lang === 'markdown' && b.attrs.example !== undefined)
  .map((b) => {
    const whole = b.body.startsWith('# ');
    if (!whole && !b.body.startsWith('## ')) throw new Error(`FORMAT.md:${b.line}: an example starts with \`# id\` or with \`##\``);
    const id = whole ? b.body.slice(2, b.body.indexOf('\n')).trim() : 'demo';
    return { name: b.attrs.example!, group: b.attrs.same ?? null, line: b.line, id, text: whole ? b.body : `# demo\n\n${b.body}`, body: b.body };
  });

/** Reads one example among the stubs (its own id replaces a stub). */
function read(example: (typeof examples)[number]): { model: ModelJson; printed: string; file: string } {
  const docs: Record<string, string> = {};
  for (const id of STUB_IDS) docs[`${id}.md`] = stub(id);
  docs[`${example.id}.md`] = example.text;
  const analysis = analyzeDocs(docs);
  const file = `${DOCS_DIR}/${example.id}.md`;
  const fragmentMayOmitDiagram = (d: Diagnostic) => example.id === 'demo' && d.ruleId === 'diagram-link' && d.severity === 'warning';
  // A glob the stubs do not mirror is reported once, at the glob: that is the stubs' omission, not the example's.
  const stubsDoNotMirror = (d: Diagnostic) => d.ruleId === 'required-by-asymmetry' && (d.ids ?? []).every((id) => STUB_IDS.includes(id));
  const own = analysis.diagnostics.filter((d) => d.file === file && !fragmentMayOmitDiagram(d) && !stubsDoNotMirror(d));
  return { model: modelOf(analysis), printed: printDiagnostics(own), file };
}

function component(model: ModelJson, id: string): ComponentJson {
  const c = model.components.find((x) => x.id === id);
  if (!c) throw new Error(`no component \`${id}\` in the model`);
  return c;
}

type Ref = { ids: string[]; reason: string | null };
type Wf = { steps: { kind: string | null; params: unknown }[] } | null;

/** What examples of one group must share: entries, stack, steps, failure scenarios. No positions, no heading spellings. */
function projection(c: ComponentJson) {
  const refs = (l: Ref[]) => l.map((r) => ({ ids: r.ids, reason: r.reason }));
  const phases = (x: unknown) => {
    const p = x as { deploy: Ref[]; delete: Ref[] };
    return { deploy: refs(p.deploy), delete: refs(p.delete) };
  };
  const steps = (w: Wf) => w && w.steps.map((s) => ({ kind: s.kind, params: withoutPositions(s.params) }));
  const wf = c.workflows as { deploy: Wf; delete: Wf };
  return {
    stack: c.stack,
    dependencies: phases(c.dependencies),
    requiredBy: phases(c.requiredBy),
    workflows: { deploy: steps(wf.deploy), delete: steps(wf.delete) },
    failureScenarios: withoutPositions(c.failureScenarios),
  };
}

const byName = (name: string) => {
  const e = examples.find((x) => x.name === name);
  if (!e) throw new Error(`FORMAT.md has no example \`${name}\``);
  return component(read(e).model, e.id);
};

describe('docs/FORMAT.md examples', () => {
  it('are many, uniquely named, and every group has at least two members', () => {
    expect(examples.length).toBeGreaterThanOrEqual(50);
    expect(new Set(examples.map((e) => e.name)).size).toBe(examples.length);
    const groups = new Map<string, number>();
    for (const e of examples) if (e.group) groups.set(e.group, (groups.get(e.group) ?? 0) + 1);
    expect(groups.size).toBeGreaterThanOrEqual(10);
    for (const [g, n] of groups) expect(n, `group ${g}`).toBeGreaterThanOrEqual(2);
  });

  describe.each(examples.map((e) => [`${e.name} (FORMAT.md:${e.line})`, e] as const))('%s', (_title, example) => {
    it('reads as a component with no diagnostic about itself', () => {
      const { model, printed, file } = read(example);
      expect(printed).toBe('');
      expect(component(model, example.id).file).toBe(file);
    });
  });

  const groups = [...new Set(examples.map((e) => e.group).filter((g): g is string => g !== null))];
  describe.each(groups)('same=%s', (group) => {
    it('every member gives the same model', () => {
      const members = examples.filter((e) => e.group === group);
      const [first, ...rest] = members.map((e) => ({ name: e.name, projection: projection(component(read(e).model, e.id)) }));
      for (const other of rest) expect(other.projection, `${other.name} differs from ${first!.name}`).toEqual(first!.projection);
    });
  });
});

// What the prose around the examples promises, beyond "it parses".
describe('docs/FORMAT.md claims', () => {
  it('the complete doc is the bundled dynamodb-users doc, byte for byte', () => {
    expect(examples.find((e) => e.name === 'complete-doc')!.body).toBe(repoFile('docs/components/dynamodb-users.md'));
  });

  it('free sections are kept, in order', () => {
    const titles = (byName('free-sections').sections as { title: string }[]).map((s) => s.title);
    expect(titles).toEqual(['Overview', 'CloudWatch Logs', 'IAM Permissions', 'Inputs', 'Trigger']);
  });

  it('workflow names mean the component, and a glob expands to every match', () => {
    expect(projection(byName('deps-workflow-names')).dependencies).toEqual({
      deploy: [
        { ids: ['dynamodb-users'], reason: 'reads the allowlist table' },
        { ids: ['http-api'], reason: 'attaches its route to the API' },
      ],
      delete: [{ ids: ['func-api-users-post'], reason: 'the POST function must be deleted first' }],
    });
    expect(projection(byName('deps-glob')).requiredBy.deploy).toEqual([
      { ids: ['func-api-users-delete', 'func-api-users-post'], reason: 'each API function attaches its route to this API' },
    ]);
  });

  it('entries without a reason, and None, are read as such', () => {
    expect(projection(byName('deps-no-reason')).requiredBy.deploy).toEqual([
      { ids: ['func-api-users-post'], reason: null },
      { ids: ['func-api-users-delete'], reason: null },
    ]);
    expect(projection(byName('none-sentence')).dependencies).toEqual({ deploy: [], delete: [] });
  });

  it('a deploy-only component without a stack has no stack and no delete workflow', () => {
    const c = projection(byName('no-stack-deploy-only'));
    expect(c.stack).toBeNull();
    expect(c.workflows.delete).toBeNull();
    expect(c.workflows.deploy!.map((s) => s.kind)).toEqual(['checkout', 'aws-credentials', 'setup-node', 'shell', 'shell', 'script']);
  });

  it('extra workflow H3s are kept in place', () => {
    const wf = (byName('workflow-extra-h3').workflows as { deploy: { sections: { title: string }[] } }).deploy;
    expect(wf.sections.map((s) => s.title)).toEqual(['Description', 'Trigger', 'Inputs', 'Steps']);
  });

  it('lookups read their outputs, optional ones say so, and bare parameters are wired to them', () => {
    expect(projection(byName('lookup-pair')).workflows.deploy![1]).toEqual({
      kind: 'stack-output-lookup',
      params: { stack: 'firefly-http-api', outputs: ['ApiId', 'JwtAuthorizerId'], optional: false },
    });
    expect(projection(byName('lookup-optional')).workflows.deploy![1]!.params).toMatchObject({ optional: true, outputs: ['ApiDomainName'] });
    const deploy = projection(byName('param-wiring')).workflows.deploy![5]!;
    expect(deploy.params).toMatchObject({
      parameters: [
        { name: 'ApiId', source: { kind: 'lookup', step: 4, output: 'ApiId' } },
        { name: 'JwtAuthorizerId', source: { kind: 'lookup', step: 4, output: 'JwtAuthorizerId' } },
        { name: 'TableName', source: { kind: 'expression', expression: 'vars.TABLE_NAME' } },
      ],
      capabilities: ['CAPABILITY_IAM'],
    });
  });

  it('the secret spellings name API_KEY, and a stack output source names the stack', () => {
    expect(projection(byName('param-secret-implicit')).workflows.deploy![1]!.params).toMatchObject({ parameters: [{ name: 'ApiKey', source: { kind: 'expression', expression: 'secrets.API_KEY' } }] });
    expect(projection(byName('param-stack-output')).workflows.deploy![1]!.params).toMatchObject({
      parameters: [{ name: 'DynamoDbUsersTableName', source: { kind: 'stack-output', stack: 'firefly-dynamodb-users', output: 'DynamoDbUsersTableName' } }],
    });
  });

  it('`SAM build.` leaves the template to the default', () => {
    expect(projection(byName('build-default')).workflows.deploy![0]).toEqual({ kind: 'sam-build', params: { template: null, flags: [] } });
  });

  it('a script step takes the fenced block under it, and failure tables keep their own headers', () => {
    const steps = projection(byName('script')).workflows.deploy!;
    expect(steps.map((s) => s.kind)).toEqual(['aws-credentials', 'script', 'script']);
    expect(steps[2]!.params).toEqual({ title: 'Invalidate the CDN', shell: 'bash', script: 'aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths "/index.html"' });
    expect(projection(byName('failures-behavior')).failureScenarios).toEqual([
      { Scenario: 'The build fails', Behavior: 'The job stops before the upload, and the live site keeps the previous version' },
    ]);
  });
});
