/**
 * docflow as a user installs it: the packed tarball or a git URL, installed
 * into a fresh repo offline, with no environment variables and no install
 * scripts, then `npx docflow generate` rendering an SVG with the system
 * Chromium. The build (out/lib) is committed, so neither way builds anything.
 *
 * `npm install --offline` needs registry metadata the npm cache of a clean
 * clone does not hold (`npm ci` caches tarballs only), so the temp repo gets
 * the lockfile a user would commit: docflow's production tree taken from this
 * repo's package-lock.json, plus the tarball. `npm ci --offline` then installs
 * it from the local cache alone.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/world.js';
import { runAsync } from '../helpers/spawn.js';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

/** The entries of `packages` that docflow's production dependencies need, by node's resolution from each package's folder. */
function productionTree(packages: Record<string, LockEntry>): Map<string, LockEntry> {
  const out = new Map<string, LockEntry>();
  const resolveFrom = (from: string, name: string): string | null => {
    for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (dir === '') return null;
    }
  };
  const visit = (from: string, entry: LockEntry) => {
    const peersRequired = Object.keys(entry.peerDependencies ?? {}).filter((n) => !entry.peerDependenciesMeta?.[n]?.optional);
    for (const name of [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peersRequired]) {
      const at = resolveFrom(from, name);
      if (at === null) {
        if (entry.optionalDependencies?.[name] !== undefined) continue;
        throw new Error(`package-lock.json has no ${name} for ${from || 'the root'}`);
      }
      if (out.has(at)) continue;
      out.set(at, packages[at]!);
      visit(at, packages[at]!);
    }
  };
  const root = packages['']!;
  visit('', { dependencies: root.dependencies ?? {} });
  return out;
}

const work = mkdtempSync(path.join(tmpdir(), 'docflow-install-'));
afterAll(() => {
  if (!process.env.DOCFLOW_KEEP_TMP) rmSync(work, { recursive: true, force: true });
});

interface Pkg { name: string; version: string; bin: Record<string, string>; dependencies: Record<string, string>; engines: Record<string, string> }
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Pkg;

/**
 * A fresh user repo in `work/<name>` that depends on docflow through `spec`
 * (`resolved` and `integrity` are its lockfile entry), installed with
 * `npm ci --offline` in a user's environment; then one example doc, made
 * self-contained, generated with a rendered SVG.
 */
async function installAndGenerate(name: string, spec: string, resolved: { resolved: string; integrity?: string }): Promise<void> {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const tree = productionTree(lock.packages);
  expect([...tree.keys()]).not.toContain('node_modules/puppeteer');

  const repo = path.join(work, name);
  mkdirSync(path.join(repo, 'docs', 'components'), { recursive: true });
  const devDependencies = { [pkg.name]: spec };
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'user-repo', version: '1.0.0', private: true, devDependencies }, null, 2));
  const packages: Record<string, LockEntry> = {
    '': { name: 'user-repo', version: '1.0.0', devDependencies },
    [`node_modules/${pkg.name}`]: { version: pkg.version, ...resolved, dev: true, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [at, entry] of [...tree].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    packages[at] = { ...rest, dev: true };
  }
  writeFileSync(path.join(repo, 'package-lock.json'), JSON.stringify({ name: 'user-repo', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2));

  // A user's environment: no PUPPETEER_* variables, and no CI variable telling npm anything.
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: path.join(work, 'home'), npm_config_cache: npmCache() };
  const install = await run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], repo, env);
  expect(install.stderr + install.stdout).not.toMatch(/Downloading|chrome@/i);
  expect(install.status, install.stderr).toBe(0);
  const modules = path.join(repo, 'node_modules');
  expect(existsSync(path.join(modules, 'puppeteer'))).toBe(false);
  expect(existsSync(path.join(modules, pkg.name, 'out', 'lib', 'cli', 'main.js'))).toBe(true);
  // Nothing of docflow's development tree came along (a git dependency with a build script would bring it).
  expect(existsSync(path.join(modules, 'typescript'))).toBe(false);
  expect(diskUsage(modules)).toBeLessThan(250 * 1024 * 1024);

  // One example doc, made self-contained: its references to other components dropped.
  const doc = readFileSync(path.join(repoRoot, 'docs', 'components', 's3-uploads-private.md'), 'utf8').replace(/^- `(?:delete-)?func-api-uploads-presign`.*$/gm, 'None.');
  writeFileSync(path.join(repo, 'docs', 'components', 's3-uploads-private.md'), doc);
  mkdirSync(path.join(repo, 'cloudformation'), { recursive: true });
  cpSync(path.join(repoRoot, 'cloudformation', 's3-uploads-private.yaml'), path.join(repo, 'cloudformation', 's3-uploads-private.yaml'));
  const generate = await run('npx', ['--offline', 'docflow', 'generate', '--require-render'], repo, env);
  expect(generate.status, generate.stdout + generate.stderr).toBe(0);
  const images = readdirSync(path.join(repo, 'docs', 'components', 'images'));
  expect(images.filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
  expect(readFileSync(path.join(repo, 'docs', 'components', 'images', images.find((f) => f.endsWith('.svg'))!), 'utf8')).toMatch(/^<svg/);
}

describe('installing docflow into a fresh repo', () => {
  it('from the packed tarball: offline, no env vars, no scripts, under 250 MB, renders with the system Chromium', async () => {
    expect(Object.keys(pkg.dependencies)).not.toContain('puppeteer');
    expect(Object.keys(pkg.dependencies)).not.toContain('@mermaid-js/mermaid-cli');
    // No script of docflow's runs on install: out/lib is committed and packed as it is.
    const scripts = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(['preinstall', 'install', 'postinstall', 'prepare', 'prepack'].filter((name) => name in scripts)).toEqual([]);
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string; files: { path: string }[] }[];
    const tarball = path.join(work, packed[0]!.filename);
    expect(packed[0]!.files.map((f) => f.path)).toContain('out/lib/cli/main.js');
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    await installAndGenerate('from-tarball', `file:../${path.basename(tarball)}`, { resolved: `file:../${path.basename(tarball)}`, integrity });
  }, 600_000);

  it('from a git URL: the committed build is used as it is, nothing is built or downloaded', async () => {
    // The repository as a user's git URL sees it: its last commit, with the committed out/lib.
    const bare = path.join(work, 'docflow.git');
    execFileSync('git', ['clone', '--quiet', '--bare', repoRoot, bare], { stdio: 'ignore' });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: bare, encoding: 'utf8' }).trim();
    const url = `git+file://${bare}`;
    await installAndGenerate('from-git', `${url}#${head}`, { resolved: `${url}#${head}` });
  }, 600_000);
});

const run = runAsync;

/** The npm cache `npm ci` filled for this repo. */
function npmCache(): string {
  return execFileSync('npm', ['config', 'get', 'cache'], { cwd: repoRoot, encoding: 'utf8' }).trim();
}

/** Bytes the files and folders under `dir` take on disk, as `du` counts them (symlinks not followed). */
function diskUsage(dir: string): number {
  let total = statSync(dir).blocks * 512;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() || e.isDirectory()) total += statSync(path.join(e.parentPath, e.name)).blocks * 512;
  }
  return total;
}
