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
