/**
 * Shared by the site tests: build a VitePress site with the real CLI path
 * (`npm run docs:build` or `vitepress build`), serve a folder on loopback.
 */
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sirv from 'sirv';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vitepressBin = path.join(repoRoot, 'node_modules/vitepress/bin/vitepress.js');

/** Runs `vitepress build <dir>` in `cwd`; rejects with its output on failure. */
export async function vitepressBuild(cwd: string, dir: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [vitepressBin, 'build', dir], { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return stdout + stderr;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`vitepress build ${dir} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

/** A static server for a built site on 127.0.0.1, at a free port. */
export async function serveStatic(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const handler = sirv(dir, { dev: false, etag: false });
  const server = http.createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
