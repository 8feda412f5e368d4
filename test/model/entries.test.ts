/**
 * Dependencies / Required By entries at their edges: what counts as `None`,
 * and where a malformed entry is reported.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocs, modelOf, printDiagnostics } from '../helpers/world.js';

const deps = (model: ReturnType<typeof modelOf>, id: string) =>
  (model.components.find((c) => c.id === id)!.dependencies as { deploy: { ref: string; ids: string[] }[] }).deploy.map((r) => [r.ref, r.ids]);

describe('entries', () => {
  it('`None` in any spelling is an empty list, but an id that starts with `none-` is an entry', () => {
    const model = modelOf(
      analyzeDocs({
        'app.md': '# app\n\n## Dependencies\n\n### Deploy\n\n- None\n- none.\n- NONE — nothing else\n- none-cache — a bare id\n- `none-cache`: in backticks\n',
        'none-cache.md': '# none-cache\n\n## Required By\n\n### Deploy\n\n- `app`\n',
      }),
    );
    expect(deps(model, 'app')).toEqual([
      ['none-cache', ['none-cache']],
      ['none-cache', ['none-cache']],
    ]);
    expect(model.diagnostics).toEqual([]);
  });

  it('a malformed entry is reported at its text, in a list and in a table', () => {
    const analysis = analyzeDocs({
      'app.md': '# app\n\n## Dependencies\n\n### Deploy\n\n- — only a reason\n\n### Delete\n\n| Component | Why |\n| --- | --- |\n|   (none of these) | x |\n',
    });
    expect(printDiagnostics(analysis.diagnostics)).toBe(
      'docs/components/app.md:7:3: error Unexpected entry `— only a reason`, expected `id` — reason [malformed-entry]\n' +
        'docs/components/app.md:13:5: error Unexpected entry `(none of these)`, expected `id` — reason [malformed-entry]\n',
    );
  });
});

describe('entries as busy authors write them', () => {
  const hub = '# http-api\n\n## Required By\n\n### Deploy\n\n';
  const fn = (id: string) => `# ${id}\n\n## Dependencies\n\n### Deploy\n\n- \`http-api\`\n`;
  const fns = { 'func-api-a.md': fn('func-api-a'), 'func-api-b.md': fn('func-api-b') };
  const requiredBy = (analysis: ReturnType<typeof analyzeDocs>) => analysis.byId.get('http-api')!.requiredBy.deploy.map((r) => [r.raw, r.ids, r.reason]);

  it('a lead sentence is kept as a note, not reported', () => {
    const analysis = analyzeDocs({ ...fns, 'http-api.md': `${hub}All of the following must complete before this job runs:\n\n- \`func-api-a\` — route\n- \`func-api-b\` — route\n` });
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.byId.get('http-api')!.entryNotes.map((n) => n.value)).toEqual(['All of the following must complete before this job runs:']);
    expect(requiredBy(analysis)).toEqual([
      ['func-api-a', ['func-api-a'], 'route'],
      ['func-api-b', ['func-api-b'], 'route'],
    ]);
  });

  it('a bullet whose reference sits in prose reads the code span, and a link counts too', () => {
    const analysis = analyzeDocs({ ...fns, 'http-api.md': `${hub}- All \`func-api-*\` functions (2 total) — each attaches its route\n- The [func-api-a](./func-api-a.md) function: listed twice\n` });
    expect(requiredBy(analysis)).toEqual([
      ['func-api-*', ['func-api-a', 'func-api-b'], 'each attaches its route'],
      ['func-api-a', ['func-api-a'], 'listed twice'],
    ]);
  });

  it('a paragraph listing references yields one entry per code span; the list after a glob counts', () => {
    const analysis = analyzeDocs({ ...fns, 'http-api.md': `${hub}All \`func-api-*\` workflows (2 functions): \`func-api-a\`, \`func-api-b\`\n` });
    expect(requiredBy(analysis)).toEqual([
      ['func-api-a', ['func-api-a'], null],
      ['func-api-b', ['func-api-b'], null],
    ]);
    expect(analysis.diagnostics).toEqual([]);
    const short = analyzeDocs({ ...fns, 'http-api.md': `${hub}All \`func-api-*\` workflows: \`func-api-a\`\n` });
    expect(printDiagnostics(short.diagnostics.filter((d) => d.ruleId === 'glob-list-mismatch'))).toBe(
      'docs/components/http-api.md:7:5: warning Glob `func-api-*` in Required By › Deploy disagrees with the list after it: the list leaves out `func-api-b`. The list counts [glob-list-mismatch]\n',
    );
  });

  it.each(['N/A', 'n/a', 'None yet', '-', 'None yet — nothing depends on it'])('`%s` is an empty list', (none) => {
    const analysis = analyzeDocs({ 'http-api.md': `${hub}${none}\n` });
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.byId.get('http-api')!.requiredBy.deploy).toEqual([]);
  });

  const lookups = ['Lookup', 'Look up', 'Looks up', 'lookup', 'LOOK UP'].flatMap((verb) =>
    ['output', 'outputs'].flatMap((noun) => [`${verb} \`ApiId\` from the \`firefly-http-api\` stack ${noun}`, `${verb} \`ApiId\` from \`firefly-http-api\` stack ${noun}.`]),
  );
  it.each(lookups)('`%s` is a stack output lookup', (step) => {
    const analysis = analyzeDocs({ 'app.md': `# app\n\n## Deploy Workflow\n\n### Steps\n\n1. ${step}\n` });
    const app = modelOf(analysis).components.find((c) => c.id === 'app')!;
    const s = (app.workflows as { deploy: { steps: { kind: string; params: { stack: string; outputs: string[] } }[] } }).deploy.steps[0]!;
    expect([s.kind, s.params.stack, s.params.outputs]).toEqual(['stack-output-lookup', 'firefly-http-api', ['ApiId']]);
  });
});
