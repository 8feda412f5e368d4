/**
 * Writes generated files: only those whose bytes change, and removes orphans.
 * Before anything is touched, every target is checked: it must resolve inside
 * an output folder (no symlink out), be a regular file or absent, and carry
 * docflow's exact header (or SVG marker) unless `force`. Writes then happen in
 * two phases (all temp files staged, then all renamed), so a full disk or a
 * read-only folder leaves the old files, never a mix.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { headerSource } from '../emit/files.js';
import type { GeneratedFile } from '../emit/files.js';
import { type AtomicWriter, fileWriter, type StagedFile } from './atomic.js';
import { isInside, realPathProblem } from './containment.js';
import { readTextOrNull } from '../read.js';

/** Why a target was left alone. */
export interface BlockedTarget {
  path: string;
  /** `foreign-file`: not docflow's; `not-a-file`: a folder or device is there; `unsafe-path`: it resolves outside the output folders. */
  ruleId: 'foreign-file' | 'not-a-file' | 'unsafe-path';
  reason: string;
}

/** What `generate` did. */
export interface WriteSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  /** Foreign files `force` took over (overwritten although docflow's header was missing). */
  takenOver: string[];
  /** Targets left alone. A `not-a-file` or `unsafe-path` one stops every write. */
  blocked: BlockedTarget[];
  /** Files that could not be written or removed, with the system's reason (e.g. `EACCES`); nothing was written then. */
  failed: { path: string; reason: string }[];
}

/** Options for {@link writeGenerated}. */
export interface WriteOptions {
  /** Root-relative folders docflow may write in (`paths.workflows`, `paths.diagrams`). */
  outputDirs: readonly string[];
  /** Take over foreign files at generated paths. */
  force?: boolean;
  /** Take over the foreign files this says yes to (`generate --adopt`: the ones an import recorded, bytes unchanged). */
  adopt?: (rel: string, bytes: string) => boolean;
  /** Extra targets written later (rendered SVGs): checked now with the rest. */
  laterTargets?: readonly string[];
  writer?: AtomicWriter;
}

/** True when a file-system fault (not a foreign file) stopped every write. */
export function writesStopped(summary: WriteSummary): boolean {
  return summary.failed.length > 0 || summary.blocked.some((b) => b.ruleId !== 'foreign-file');
}

/** Writes `files` under root and removes `orphans`; `existing` is what is on disk now. */
export async function writeGenerated(root: string, files: readonly GeneratedFile[], existing: ReadonlyMap<string, string | null>, orphans: readonly string[], options: WriteOptions): Promise<WriteSummary> {
  const summary: WriteSummary = { created: [], updated: [], unchanged: [], removed: [], takenOver: [], blocked: [], failed: [] };
  const changed: GeneratedFile[] = [];
  for (const file of files) {
    if ((existing.get(file.path) ?? null) === file.content) summary.unchanged.push(file.path);
    else changed.push(file);
  }
  const targets = [...changed.map((f) => f.path), ...(options.laterTargets ?? []), ...orphans];
  const verdicts = new Map<string, Verdict>();
  for (const p of new Set(targets)) verdicts.set(p, await checkTarget(root, p, options));
  for (const [p, v] of verdicts) if (v.blocked) summary.blocked.push({ path: p, ...v.blocked });
  if (summary.blocked.some((b) => b.ruleId !== 'foreign-file')) return summary;

  const writable = changed.filter((f) => !verdicts.get(f.path)!.blocked);
  const staged: StagedFile[] = [];
  const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  const writer = options.writer ?? fileWriter;
  for (const file of writable) {
    try {
      await fs.mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
      staged.push(await writer.stage(path.join(root, file.path), file.content));
    } catch (e) {
      summary.failed.push({ path: file.path, reason: reason(e) });
      break;
    }
  }
  if (summary.failed.length > 0) {
    for (const s of staged) await s.discard();
    return summary;
  }
  for (const [i, s] of staged.entries()) {
    const file = writable[i]!;
    try {
      await s.commit();
      if (verdicts.get(file.path)!.foreign) summary.takenOver.push(file.path);
      ((existing.get(file.path) ?? null) === null && !verdicts.get(file.path)!.exists ? summary.created : summary.updated).push(file.path);
    } catch (e) {
      summary.failed.push({ path: file.path, reason: reason(e) });
    } finally {
      await s.discard();
    }
  }
  for (const p of orphans) {
    if (verdicts.get(p)!.blocked) continue;
    try {
      await fs.rm(path.join(root, p), { force: true });
      summary.removed.push(p);
    } catch (e) {
      summary.failed.push({ path: p, reason: reason(e) });
    }
  }
  return summary;
}

interface Verdict {
  blocked?: Omit<BlockedTarget, 'path'>;
  /** Something is at the path now. */
  exists: boolean;
  /** It does not carry docflow's header (only with `force`). */
  foreign: boolean;
}

/** May docflow write (or delete) `rel`? Checked on the real path, before any change. */
export async function checkTarget(root: string, rel: string, options: Pick<WriteOptions, 'outputDirs' | 'force' | 'adopt'>): Promise<Verdict> {
  if (!options.outputDirs.some((d) => isInside(path.posix.dirname(rel), d))) return { blocked: { ruleId: 'unsafe-path', reason: 'it is outside the output folders' }, exists: false, foreign: false };
  const unsafe = await realPathProblem(root, path.posix.dirname(rel));
  if (unsafe) return { blocked: { ruleId: 'unsafe-path', reason: unsafe }, exists: false, foreign: false };
  const full = path.join(root, rel);
  const stat = await fs.lstat(full).catch(() => null);
  if (!stat) return { exists: false, foreign: false };
  if (stat.isDirectory()) return { blocked: { ruleId: 'not-a-file', reason: 'a folder is there' }, exists: true, foreign: false };
  const bytes = stat.isFile() ? (readTextOrNull(full) ?? '') : '';
  const foreign = stat.isSymbolicLink() ? 'it is a symlink' : !stat.isFile() ? 'it is not a regular file' : headerSource(bytes) === null ? 'it has no docflow header' : null;
  if (foreign === null) return { exists: true, foreign: false };
  if ((options.force || options.adopt?.(rel, bytes)) && stat.isFile()) return { exists: true, foreign: true };
  return { blocked: { ruleId: stat.isFile() || stat.isSymbolicLink() ? 'foreign-file' : 'not-a-file', reason: foreign }, exists: true, foreign: true };
}
