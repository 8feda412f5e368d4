/**
 * Chromium dies with docflow: after a SIGKILL of the process that launched
 * it (no exit hook can run), the watchdog kills Chromium's whole process
 * group and deletes its profile. Proven on a real child process.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/cli.js';
import { repoRoot } from '../helpers/world.js';
import { browserPath, testBrowser } from './support.js';

/** Pids of live processes whose process group is `group` (from /proc). */
function groupMembers(group: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the `(comm)`: state, ppid, pgrp, …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === group && fields[0] !== 'Z') out.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

async function until(what: () => boolean, attempts = 200): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (what()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return what();
}

const CHILD = `
const { launchBrowser } = await import(process.argv[1]);
const session = await launchBrowser(process.argv[2]);
const page = await session.browser.newPage();
await page.setContent('<p>x</p>');
process.stdout.write(JSON.stringify({ group: session.browser.process().pid }) + '\\n');
setInterval(() => {}, 1000);
`;

describe.skipIf(!testBrowser || process.platform === 'win32')('Chromium and a SIGKILLed docflow', () => {
  it('leaves no Chromium process and no profile behind', async () => {
    ensureBuilt();
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, path.join(repoRoot, 'out/lib/render/browser.js'), browserPath()], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.includes('\n')) resolve(text.split('\n')[0]!);
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    const { group } = JSON.parse(line) as { group: number };
    const profiles = readdirSync(tmpdir()).filter((n) => n.startsWith('docflow-chromium-')).filter((n) => readFileSync(`/proc/${group}/cmdline`, 'utf8').includes(n));
    expect(groupMembers(group).length).toBeGreaterThan(1); // the browser and its helpers
    expect(profiles).toHaveLength(1);
    child.kill('SIGKILL');
    expect(await until(() => groupMembers(group).length === 0), `left in group ${group}: ${groupMembers(group).join(' ')}`).toBe(true);
    expect(await until(() => !existsSync(path.join(tmpdir(), profiles[0]!)))).toBe(true);
  }, 60_000);
});
