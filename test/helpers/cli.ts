/**
 * Running the CLI in tests: in-process through `main(argv, io)` with a fake
 * io that records what was written, or as a real process via bin/docflow.js.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CliIO } from '../../generators/cli/io.js';
import { main } from '../../generators/cli/main.js';
import { repoRoot } from './world.js';

/** What a CLI run produced. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for a fake io. */
export interface FakeIOOptions {
  /** Both streams claim to be a TTY. */
  tty?: boolean;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Called for every stdout write; may throw to simulate a failing stream. */
  onStdout?: (text: string) => void;
}

/** An io whose streams record into strings. */
export function fakeIO(options: FakeIOOptions = {}): { io: CliIO; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const io: CliIO = {
    stdout: {
      isTTY: options.tty ?? false,
      write: (t) => {
        options.onStdout?.(t);
        out.stdout += t;
      },
    },
    stderr: { isTTY: options.tty ?? false, write: (t) => void (out.stderr += t) },
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
  };
  return { io, out };
}

/** Runs `docflow <argv>` in-process. */
export async function runCli(argv: string[], options: FakeIOOptions = {}): Promise<CliRun> {
  const { io, out } = fakeIO(options);
  const code = await main(argv, io);
  return { code, ...out };
}

/** Runs `node bin/docflow.js <argv>` as a child process (call {@link ensureBuilt} first). */
export function spawnCli(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/docflow.js'), ...argv], { cwd: options.cwd ?? repoRoot, env, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Compiles generators/ to out/lib when any source is newer than its output,
 * so spawned runs test the current code. Type errors elsewhere do not stop
 * tsc from emitting, so only a missing output fails here.
 */
export function ensureBuilt(): void {
  const src = path.join(repoRoot, 'generators');
  const out = path.join(repoRoot, 'out/lib');
  const stale = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return stale(full);
      if (!e.name.endsWith('.ts')) return false;
      const js = path.join(out, path.relative(src, full)).replace(/\.ts$/, '.js');
      try {
        return statSync(js).mtimeMs < statSync(full).mtimeMs;
      } catch {
        return true;
      }
    });
  if (!stale(src)) return;
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', path.join(repoRoot, 'tsconfig.json')], { stdio: 'pipe' });
  } catch {
    // Emitted anyway; a real break shows up as a failing spawned run.
  }
  try {
    // What `npm run build` does after tsc (a stale or missing one is compiled at run time instead).
    execFileSync(process.execPath, [path.join(out, 'build.js')], { stdio: 'pipe' });
  } catch {
    // Only costs time: the CLI then compiles the schemas itself.
  }
  statSync(path.join(out, 'cli/main.js'));
}

/** A stack trace line, as node prints them. */
export const STACK_LINE = /^\s+at /m;
