/**
 * Compares what the docs generate with what is on disk, byte for byte.
 * Reports missing, stale (with a unified diff and the doc step behind the
 * differing lines) and orphaned files. Files without docflow's header are
 * never reported or touched.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch, structuredPatch } from 'diff';
import { cmp, type Diagnostic } from '../diagnostics/diagnostic.js';
import { type GeneratedFile, hasHeader, headerSource } from '../emit/files.js';
import { pinBumps, pinsConfigSnippet } from './pins.js';
import { readTextOrNull } from '../read.js';

/** One file out of sync. */
export interface DriftEntry {
  kind: 'missing' | 'stale' | 'orphaned';
  /** Relative to root. */
  path: string;
  /** The doc it comes from, when known. */
  source: string | null;
  /** Unified diff from disk to generated, for stale files. */
  diff: string | null;
}

/** The drift between `expected` files and disk. */
export interface DriftReport {
  entries: DriftEntry[];
  diagnostics: Diagnostic[];
}

/** What is on disk for each path (null when missing). */
export async function readExisting(root: string, paths: readonly string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const p of paths) out.set(p, readTextOrNull(path.join(root, p)));
  return out;
}

/** Files in `dirs` (relative to root, not recursive) that carry docflow's header. */
export async function generatedOnDisk(root: string, dirs: readonly string[], extensions: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const dir of [...new Set(dirs)]) {
    const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => cmp(a.name, b.name))) {
      if (!e.isFile() || !extensions.some((x) => e.name.endsWith(x))) continue;
      const rel = path.posix.join(dir, e.name);
      const text = readTextOrNull(path.join(root, rel));
      if (text !== null && hasHeader(text)) out.set(rel, text);
    }
  }
  return out;
}

/** Pure comparison: expected files vs disk contents and docflow-headed files found on disk. */
export function compareDrift(
  expected: readonly GeneratedFile[],
  existing: ReadonlyMap<string, string | null>,
  headed: ReadonlyMap<string, string>,
  heldBack: ReadonlySet<string>,
  /** Files that are expected but compared elsewhere (rendered SVGs): never orphans. */
  companions: ReadonlySet<string> = new Set(),
  /** Whether a header's source (a doc path, `every doc in …`) is this project's: only then is an unwanted file an orphan. */
  ownsSource: (source: string) => boolean = () => true,
): DriftReport {
  const entries: DriftEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const wanted = new Set([...expected.map((f) => f.path), ...companions]);
  for (const file of expected) {
    const actual = existing.get(file.path) ?? null;
    if (actual === null) {
      entries.push({ kind: 'missing', path: file.path, source: file.source, diff: null });
      diagnostics.push({
        ruleId: 'drift-missing',
        severity: 'error',
        message: `Missing generated file \`${file.path}\`${file.source ? ` (from \`${file.source}\`)` : ''}`,
        file: file.path,
        start: { line: 1, column: 1 },
        hint: 'Run `npx docflow generate` and commit the result.',
      });
      continue;
    }
    if (actual === file.content) continue;
    if (!hasHeader(actual)) {
      diagnostics.push(foreignFileDiagnostic(file.path, 'it has no docflow header'));
      continue;
    }
    const diff = createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, actual, file.content, 'on disk', 'generated from the docs');
    entries.push({ kind: 'stale', path: file.path, source: file.source, diff });
    const bumps = pinBumps(actual, file.content);
    if (bumps) {
      diagnostics.push({
        ruleId: 'pin-bumped',
        severity: 'error',
        message: `\`${file.path}\` differs only in a newer pin of ${[...new Set(bumps.map((b) => `\`${b.action}\``))].join(', ')} (a Dependabot bump?); generate would undo it`,
        file: file.path,
        start: { line: bumps[0]!.line, column: 1 },
        hint: `Carry the bump into docflow.config.yaml under \`pins.actions\` (${pinsConfigSnippet(bumps)}), then run \`npx docflow generate\`.`,
      });
      continue;
    }
    const { firstLine, origins } = changedOrigins(actual, file);
    const from = origins.length === 1 ? ` (the differing lines come from ${origins[0]!.label} at ${origins[0]!.file}:${origins[0]!.position.start.line})` : '';
    diagnostics.push({
      ruleId: 'drift-stale',
      severity: 'error',
      message: `Stale generated file \`${file.path}\`: it differs from what ${file.source ? `\`${file.source}\` generates` : 'the docs generate'}${from}`,
      file: file.path,
      start: { line: firstLine, column: 1 },
      ...(origins.length > 0 ? { related: origins.map((o) => ({ file: o.file, start: o.position.start, message: `from ${o.label}` })) } : {}),
      hint: 'Run `npx docflow generate`; never edit generated files by hand.',
    });
  }
  const orphaned = new Set<string>();
  for (const [p, text] of headed) {
    if (wanted.has(p) || isHeldBack(p, heldBack)) continue;
    const source = headerSource(text);
    if (source === null || source === '' || !ownsSource(source)) continue;
    orphaned.add(p);
  }
  // A rendered SVG names no doc: it goes with its `.mmd`.
  for (const [p, text] of headed) if (headerSource(text) === '' && !wanted.has(p) && orphaned.has(p.replace(/\.svg$/, '.mmd'))) orphaned.add(p);
  for (const p of [...orphaned].sort(cmp)) {
    entries.push({ kind: 'orphaned', path: p, source: null, diff: null });
    diagnostics.push({
      ruleId: 'drift-orphaned',
      severity: 'error',
      message: `Orphaned generated file \`${p}\`: no doc generates it any more`,
      file: p,
      start: { line: 1, column: 1 },
      hint: 'Run `npx docflow generate` to remove it (or delete it).',
    });
  }
  entries.sort((a, b) => cmp(a.path, b.path));
  return { entries, diagnostics };
}

/** The first differing line in the generated file, and the doc steps behind the differing lines. */
function changedOrigins(actual: string, file: GeneratedFile) {
  const patch = structuredPatch('a', 'b', actual, file.content, '', '', { context: 0 });
  const lines = new Set<number>();
  for (const hunk of patch.hunks) {
    let n = hunk.newStart;
    for (const l of hunk.lines) {
      if (l.startsWith('+')) lines.add(n++);
      else if (l.startsWith('-')) lines.add(Math.max(1, n));
      else n++;
    }
  }
  const sorted = [...lines].sort((a, b) => a - b);
  const origins = file.origins.filter((o) => sorted.some((l) => l >= o.startLine && l <= o.endLine));
  const inOrigins = sorted.every((l) => origins.some((o) => l >= o.startLine && l <= o.endLine));
  return { firstLine: sorted[0] ?? 1, origins: inOrigins ? origins : [] };
}

/** True when `p` is held back, directly or by a `prefix-*` pattern. */
function isHeldBack(p: string, heldBack: ReadonlySet<string>): boolean {
  if (heldBack.has(p)) return true;
  for (const h of heldBack) if (h.endsWith('-*') && p.startsWith(h.slice(0, -1))) return true;
  return false;
}

/** A file docflow would generate is already there and is not docflow's. */
export function foreignFileDiagnostic(p: string, reason: string): Diagnostic {
  return {
    ruleId: 'foreign-file',
    severity: 'error',
    message: `\`${p}\` is not docflow's (${reason}), but docflow generates a file at this path; it is left alone`,
    file: p,
    start: { line: 1, column: 1 },
    hint: 'Move or rename your file, or run `npx docflow generate --force` to let docflow take it over.',
  };
}
