/**
 * `docflow plan`, `docflow new` and `docflow generate --watch` on the
 * example project (a temp copy where anything is written). The plan is
 * checked against the dependency sections themselves; watch is a real
 * spawned process stopped with SIGINT.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { exampleDocs, repoRoot } from '../helpers/world.js';

let root: string;
beforeAll(() => ensureBuilt());
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'docflow-cli-'));
  writeFileSync(path.join(root, 'package.json'), '{"name":"t","private":true}\n');
  for (const p of ['docflow.config.yaml', 'docs/components', '.github/workflows', 'cloudformation']) cpSync(path.join(repoRoot, p), path.join(root, p), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('docflow plan', { timeout: 300_000 }, () => {
  it('deploys a component after exactly its transitive deploy dependencies, wave by wave', async () => {
    const analysis = analyze(await exampleDocs());
    const before = analysis.graphs.deploy.before;
    for (const target of [...analysis.byId.keys()]) {
      const r = await runCli(['plan', 'deploy', target, '--format', 'json']);
      expect(r.code).toBe(0);
      const plan = JSON.parse(r.stdout) as { waves: string[][] };
      const expected = new Set<string>();
      const visit = (id: string) => {
        if (expected.has(id)) return;
        expected.add(id);
        for (const d of before.get(id) ?? []) visit(d);
      };
      visit(target);
      expect(new Set(plan.waves.flat())).toEqual(expected);
      const wave = new Map(plan.waves.flatMap((w, i) => w.map((id) => [id, i] as const)));
      for (const id of expected) for (const d of before.get(id)!) expect(wave.get(d)!).toBeLessThan(wave.get(id)!);
      expect(plan.waves.at(-1)).toContain(target);
    }
  });

  it('deletes the dependents first, and the whole system with no ids', async () => {
    const r = await runCli(['plan', 'delete', 'dynamodb-users', '--format', 'json']);
    const plan = JSON.parse(r.stdout) as { waves: string[][] };
    expect(plan.waves.at(-1)).toEqual(['dynamodb-users']);
    expect(plan.waves.flat()).toContain('func-api-users-get');
    const all = JSON.parse((await runCli(['plan', 'deploy', '--format', 'json'])).stdout) as { waves: string[][] };
    expect(all.waves.flat().length).toBe(analyze(await exampleDocs()).byId.size);
    expect((await runCli(['plan', 'deploy', 'web-ui', '--format', 'mermaid'])).stdout).toMatch(/^flowchart LR\n  subgraph wave1/);
    expect((await runCli(['plan', 'deploy', 'web-ui'])).stdout).toMatch(/^To deploy `web-ui`, deploy in this order .*\n  wave 1: /);
  });

  it('refuses an unknown id or phase with exit 2 and a suggestion', async () => {
    const r = await runCli(['plan', 'deploy', 'web-uj']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown component `web-uj`; did you mean `web-ui`\?/);
    expect((await runCli(['plan', 'sideways'])).code).toBe(2);
  });
});

describe('docflow new', { timeout: 300_000 }, () => {
  it('writes a doc that checks apart from the placeholder warning and generates, and never overwrites', async () => {
    const r = await runCli(['new', 'orders-table', '--root', root]);
    expect(r.code, r.stderr).toBe(0);
    const doc = readFileSync(path.join(root, 'docs/components/orders-table.md'), 'utf8');
    expect(doc).toContain('`firefly-orders-table`');
    expect(doc).toContain('sam build --template-file cloudformation/orders-table.yaml');
    expect(doc).toMatch(/## Failure Scenarios\n\n\| Scenario \| Cause \| Resolution \|\n\| --- \| --- \| --- \|\n$/);
    // A starter template where the doc builds one, and never over an existing template.
    expect(r.stdout).toContain('created cloudformation/orders-table.yaml');
    expect(readFileSync(path.join(root, 'cloudformation/orders-table.yaml'), 'utf8')).toMatch(/^# FILL ME IN: the resources of orders-table\.\n[^]*Resources: \{\}\n$/);
    writeFileSync(path.join(root, 'cloudformation/orders-users.yaml'), 'Resources: { Mine: { Type: AWS::SNS::Topic } }\n');
    const kept = await runCli(['new', 'orders-users', '--root', root]);
    expect(kept.stdout).not.toContain('created cloudformation/');
    expect(readFileSync(path.join(root, 'cloudformation/orders-users.yaml'), 'utf8')).toBe('Resources: { Mine: { Type: AWS::SNS::Topic } }\n');
    rmSync(path.join(root, 'docs/components/orders-users.md'));
    const gen = await runCli(['generate', '--no-render', '--root', root]);
    expect(gen.code, gen.stderr).toBe(0);
    expect(existsSync(path.join(root, '.github/workflows/deploy-orders-table.yml'))).toBe(true);
    const check = await runCli(['check', '--root', root, '--format', 'json', '--no-cache']);
    const diagnostics = (JSON.parse(check.stdout) as { diagnostics: { file: string; severity: string; code: string }[] }).diagnostics.filter((d) => d.file.includes('orders-table') && d.severity !== 'info');
    // Only the SVGs are missing (rendering was off) and the placeholder is reported.
    expect(diagnostics.filter((d) => !d.file.endsWith('.svg')).map((d) => `${d.severity} ${d.code}`)).toEqual(['warning placeholder-text']);

    const again = await runCli(['new', 'orders-table', '--root', root]);
    expect(again.code).toBe(1);
    expect(readFileSync(path.join(root, 'docs/components/orders-table.md'), 'utf8')).toBe(doc);
  });

  it('copies the shape of another component with --from', async () => {
    const r = await runCli(['new', 'orders-get', '--from', 'func-api-users-get', '--root', root]);
    expect(r.code, r.stderr).toBe(0);
    const doc = readFileSync(path.join(root, 'docs/components/orders-get.md'), 'utf8');
    expect(doc.startsWith('# orders-get\n')).toBe(true);
    expect(doc).toContain('FILL ME IN');
    expect(doc).not.toContain('func-api-users-get');
    const source = readFileSync(path.join(root, 'docs/components/func-api-users-get.md'), 'utf8');
    expect((doc.match(/^\d+\. /gm) ?? []).length).toBe((source.match(/^\d+\. /gm) ?? []).length);
    expect((await runCli(['new', 'x', '--from', 'nope', '--root', root])).code).toBe(2);
    expect((await runCli(['new', 'Not_Kebab', '--root', root])).code).toBe(2);
  });
});

describe('docflow generate --watch', () => {
  it('regenerates on a change, survives a broken doc, and stops cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/docflow.js'), 'generate', '--watch', '--no-render', '--root', root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const waitFor = async (re: RegExp, from: number) => {
      for (let i = 0; i < 1200 && !re.test(out.slice(from)); i++) await new Promise((r) => setTimeout(r, 100));
      expect(out.slice(from)).toMatch(re);
    };
    try {
      await waitFor(/^ready$/m, 0);
      const doc = path.join(root, 'docs/components/dynamodb-users.md');
      const original = readFileSync(doc, 'utf8');
      let mark = out.length;
      writeFileSync(doc, original.replace('| --- | --- | --- |\n', '| --- | --- | --- |\n| Throttled | Too many writes | Retry later |\n'));
      await waitFor(/updated\s+\.github\/workflows\/deploy-dynamodb-users\.yml/, mark);
      mark = out.length;
      writeFileSync(doc, original.replace('## Dependencies', '## Dependencies\n\n### Deploy\n\n- `no-such-thing`\n'));
      await waitFor(/dynamodb-users\.md:\d+:\d+: error Unknown component `no-such-thing`/, mark);
      mark = out.length;
      writeFileSync(doc, original);
      await waitFor(/generate: .* updated/, mark);
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
      expect(out).toMatch(/watch stopped/);
    } finally {
      child.kill('SIGKILL');
    }
  }, 180_000);
});
