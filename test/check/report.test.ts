/**
 * Diagnostics leave `analyze` sorted (file, line, column, rule) and without
 * duplicates, whatever order rules and files produced them in; the reporters
 * keep that order.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { analyzeDocs, printDiagnostics } from '../helpers/world.js';

const docs = {
  'b-app.md': '# b-app\n\n## Dependencies\n\n### Deploy\n\n- `zz-missing`\n- `a-lib` — first mention\n- `a-lib` — the same entry again\n',
  'a-lib.md': '# a-lib\n\n## Required By\n\n### Deploy\n\nNone\n\n## Deploy Workflow\n\n### Steps\n\n1. Do something odd\n2. Run the tests\n',
};

describe('diagnostics', () => {
  it('are sorted by file, line and column', () => {
    const lines = printDiagnostics(analyzeDocs(docs).diagnostics).trimEnd().split('\n');
    const keys = lines.map((l) => {
      const m = /^([^:]+):(\d+):(\d+): /.exec(l)!;
      return [m[1]!, Number(m[2]), Number(m[3])] as const;
    });
    const sorted = [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2]));
    expect(keys).toEqual(sorted);
    expect(keys[0]![0]).toBe('docs/components/a-lib.md');
    expect(keys.at(-1)![0]).toBe('docs/components/b-app.md');
  });

  it('are reported once when two entries cause the same problem at the same place', () => {
    const asymmetry = analyzeDocs(docs).diagnostics.filter((d) => d.ruleId === 'required-by-asymmetry');
    expect(asymmetry).toHaveLength(1);
    expect(asymmetry[0]).toMatchObject({ file: 'docs/components/a-lib.md', start: { line: 3, column: 1 } });
  });

  it('do not depend on the order the files are given in', () => {
    const forward = printDiagnostics(analyzeDocs(docs).diagnostics);
    const reversed = printDiagnostics(analyzeDocs(Object.fromEntries(Object.entries(docs).reverse())).diagnostics);
    expect(reversed).toBe(forward);
  });

  it('keep their order in every output format', async () => {
    const args = ['--root', 'test/fixtures/model/rule-unknown-reference', '--docs', 'docs'];
    const places = (lines: string[], re: RegExp) => lines.map((l) => re.exec(l)!.slice(1).join(':'));
    const text = (await runCli(['check', ...args])).stdout.trimEnd().split('\n').slice(0, -1).filter((l) => !l.startsWith('  hint:'));
    const github = (await runCli(['check', '--format', 'github', ...args])).stdout.trimEnd().split('\n');
    const json = (JSON.parse((await runCli(['check', '--format', 'json', ...args])).stdout) as { diagnostics: { line: number; column: number }[] }).diagnostics;
    const expected = places(text, /^docs\/func-users\.md:(\d+):(\d+):/);
    expect(expected).toEqual(['7:3', '8:3', '9:3']);
    expect(places(github, /line=(\d+),col=(\d+)/)).toEqual(expected);
    expect(json.map((d) => `${d.line}:${d.column}`)).toEqual(expected);
  });
});
