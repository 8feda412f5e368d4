/**
 * `vitepress dev` with docflow's plugin serves the generated parts live:
 * when a doc changes, the pages it affects (here the components index and
 * another component's blast radius) are regenerated without a restart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fencedBlocks } from '../helpers/fenced.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from './support.js';

const site = path.join(repoRoot, 'out/test-sites/dev');
let server: ChildProcess | null = null;
let origin = '';

describe('the dev server', () => {
  beforeAll(async () => {
    rmSync(site, { recursive: true, force: true });
    mkdirSync(path.dirname(site), { recursive: true });
    cpSync(path.join(repoRoot, 'test/fixtures/site/existing'), site, { recursive: true });
    for (const b of fencedBlocks(readFileSync(path.join(repoRoot, 'docs/site.md'), 'utf8')).filter((x) => x.attrs.file)) {
      mkdirSync(path.dirname(path.join(site, b.attrs.file!)), { recursive: true });
      writeFileSync(path.join(site, b.attrs.file!), b.body);
    }
    expect((await runCli(['generate', '--no-render', '--root', site])).code).toBe(0);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [path.join(repoRoot, 'node_modules/vitepress/bin/vitepress.js'), 'dev', 'docs', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: site, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(`${port}`)) resolve();
      };
      server!.stdout!.on('data', onData);
      server!.stderr!.on('data', onData);
      server!.once('exit', (code) => reject(new Error(`vitepress dev exited (${code}):\n${output}`)));
    });
  }, 300_000);

  afterAll(() => {
    server?.kill();
  });

  it('regenerates the index and the blast radius of other pages when a doc changes', async () => {
    const page = (p: string) => fetch(`${origin}/platform/components/${p}?import`).then((r) => r.text());
    expect(await page('index.md')).toContain('The Lambda function that lists invited users.');
    expect(await page('users-table.md')).not.toContain('Nothing depends on');
    const doc = path.join(site, 'docs/platform/components/users-api.md');
    // users-api stops depending on users-table: its purpose changes in the index, and users-table's blast radius empties.
    const edited = readFileSync(doc, 'utf8')
      .replace('The Lambda function that lists invited users.', 'The Lambda function that lists every invited user.')
      .replace('### Deploy\n\n- `users-table` — reads the table', '### Deploy\n\nNone')
      .replace('- `delete-users-table` — the table goes after the API', 'None');
    writeFileSync(doc, edited);
    const table = path.join(site, 'docs/platform/components/users-table.md');
    writeFileSync(table, readFileSync(table, 'utf8').replace('- `delete-users-api` — the API reads the table', 'None').replace('- `users-api` — reads the table', 'None'));
    await until(async () => (await page('index.md')).includes('lists every invited user.'));
    await until(async () => (await page('users-table.md')).includes('Nothing depends on'));
  }, 120_000);
});

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the dev server never served the change');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
