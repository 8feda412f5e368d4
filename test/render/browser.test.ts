import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BrowserError, findBrowser, launchBrowser } from '../../generators/render/index.js';

const dir = mkdtempSync(join(tmpdir(), 'docflow-find-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fake browser: an executable script that exits at once. */
function fakeBrowser(name: string, mode = 0o755): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\necho "not a browser" >&2\nexit 1\n');
  chmodSync(path, mode);
  return path;
}

describe('findBrowser', () => {
  const fromEnv = fakeBrowser('env-chrome');
  const configured = fakeBrowser('configured-chrome');
  const systemA = fakeBrowser('system-a');
  const systemB = fakeBrowser('system-b');
  const notExecutable = fakeBrowser('not-executable', 0o644);
  const missing = join(dir, 'missing-chrome');
  const base = { puppeteerCache: false, systemPaths: [systemA, systemB] };

  it('prefers PUPPETEER_EXECUTABLE_PATH', () => {
    const found = findBrowser({ ...base, env: { PUPPETEER_EXECUTABLE_PATH: fromEnv }, configuredPath: configured });
    expect(found).toEqual({ path: fromEnv, source: 'env' });
  });

  it('then the configured path', () => {
    expect(findBrowser({ ...base, env: {}, configuredPath: configured })).toEqual({ path: configured, source: 'config' });
  });

  it('then the system paths, in order', () => {
    expect(findBrowser({ ...base, env: {} })).toEqual({ path: systemA, source: 'system' });
    expect(findBrowser({ ...base, env: {}, systemPaths: [missing, systemB, systemA] })).toEqual({
      path: systemB,
      source: 'system',
    });
  });

  it('skips candidates that are missing or not executable', () => {
    const found = findBrowser({
      ...base,
      env: { PUPPETEER_EXECUTABLE_PATH: missing },
      configuredPath: notExecutable,
      systemPaths: [dir, systemB],
    });
    expect(found).toEqual({ path: systemB, source: 'system' });
  });

  it('returns null when nothing is usable', () => {
    expect(findBrowser({ env: {}, systemPaths: [missing], puppeteerCache: false })).toBeNull();
  });

  it("falls back to puppeteer's cache only if that browser exists", () => {
    const found = findBrowser({ env: {}, systemPaths: [] });
    expect(found === null || found.source === 'puppeteer-cache').toBe(true);
  });
});

describe('launchBrowser', () => {
  it('throws a BrowserError saying what failed and how to get a browser', async () => {
    const error = await launchBrowser(fakeBrowser('crashes-at-start'), 10_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserError);
    expect((error as BrowserError).kind).toBe('launch');
    expect((error as Error).message).toMatch(/Could not start the browser at `.*crashes-at-start`/);
    expect((error as Error).message).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
  });
});
