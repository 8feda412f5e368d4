/**
 * The incremental cache: what the last run that left the disk in sync with
 * the docs saw. When the inputs hash the same and every file in the
 * generated folders still has the bytes recorded, the outputs, the drift and
 * the diagnostics are known without parsing a doc, emitting a file or running
 * actionlint. The record lives outside the repo (node_modules/.cache/docflow,
 * else the platform cache folder) in cacache, which checks every read against
 * its content hash: a corrupt, truncated or foreign record is a miss, never
 * an answer.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import envPaths from 'env-paths';
import findCacheDirectory from 'find-cache-dir';
import { cmp, type Diagnostic } from '../diagnostics/diagnostic.js';
import { type ProjectInputs, readTemplateFile } from '../project.js';
import { readEntry, replaceEntry } from './store.js';
import { readBytesOrCode } from '../read.js';

/** What a run recorded when it left the generated folders in sync with the docs. */
export interface SyncRecord {
  /** {@link ProjectInputs.fingerprint} of that run. */
  fingerprint: string;
  /** Every file in the generated folders with a generated extension, and the sha256 of its bytes, sorted by path. */
  disk: [string, string][];
  /** The doc diagnostics (parse, model, rules). */
  analysis: Diagnostic[];
  /** What producing the outputs found (template errors, actionlint, held-back notes). */
  produced: Diagnostic[];
  /** How many files generate writes (workflows and .mmd). */
  outputs: number;
  /** The files the analysis read beyond the fingerprinted inputs (CloudFormation templates) and their sha256 (null: unreadable). */
  extraInputs: [string, string | null][];
}

const RECORD_KEY = 'sync-record-v2';
/** Extensions of the files docflow owns in its folders (as drift's orphan search). */
export const GENERATED_EXTENSIONS = ['.yml', '.yaml', '.mmd', '.svg'] as const;

/** docflow's cache folder for a project root (created on demand by writers). */
export function cacheDirFor(root: string): string {
  const local = findCacheDirectory({ name: 'docflow', cwd: root });
  if (local && path.resolve(local).startsWith(path.resolve(root) + path.sep)) return local;
  const rootKey = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(envPaths('docflow', { suffix: '' }).cache, rootKey);
}

/** The recorded state, or null when there is none or it cannot be trusted. */
export async function readSyncRecord(cacheDir: string): Promise<SyncRecord | null> {
  const data = await readEntry(cacheDir, RECORD_KEY);
  if (!data) return null;
  try {
    const record = JSON.parse(data.toString('utf8')) as unknown;
    return isSyncRecord(record) ? record : null;
  } catch {
    return null;
  }
}

/** Stores `record`, replacing the previous one. A cache that cannot be written only costs time. */
export async function writeSyncRecord(cacheDir: string, record: SyncRecord): Promise<void> {
  await replaceEntry(cacheDir, RECORD_KEY, JSON.stringify(record));
}

/** The folders whose files the cache record hashes: the generated folders and the docs folder (for its generated index). */
export function cachedFolders(inputs: Pick<ProjectInputs, 'config'>): string[] {
  return [...new Set([...generatedFolders(inputs), docsFolder(inputs)])];
}

function docsFolder(inputs: Pick<ProjectInputs, 'config'>): string {
  return inputs.config.paths.docs.replace(/\/+$/, '');
}

/** The generated folders of a project, relative to root. */
export function generatedFolders(inputs: Pick<ProjectInputs, 'config'>): string[] {
  return [...new Set([inputs.config.paths.workflows, inputs.config.paths.diagrams].map((d) => d.replace(/\/+$/, '')))];
}

/** Every file with a generated extension in the generated folders (not recursive) and the sha256 of its bytes. */
export async function hashGeneratedFolders(root: string, folders: readonly string[], docsIndexFolder?: string): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const dir of folders) {
    const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    const names = entries.filter((e) => !e.isDirectory() && GENERATED_EXTENSIONS.some((x) => e.name.endsWith(x))).map((e) => e.name);
    // The components index docflow generates into the docs folder (the other docs are in the fingerprint).
    if (dir === docsIndexFolder) names.push(...entries.filter((e) => e.isFile() && e.name === 'index.md').map((e) => e.name));
    for (const name of names) {
      const rel = path.posix.join(dir, name);
      const bytes = readBytesOrCode(path.join(root, rel));
      out.push([rel, createHash('sha256').update(Buffer.isBuffer(bytes) ? bytes : `\u0000${bytes.code}`).digest('hex')]);
    }
  }
  return out.sort((a, b) => cmp(a[0], b[0]));
}

/**
 * The record, if it describes these inputs and the disk as it is now: same
 * fingerprint, and every file in the generated folders byte-identical (no
 * file added, changed or removed).
 */
export async function upToDateRecord(inputs: ProjectInputs, cacheDir: string): Promise<SyncRecord | null> {
  const record = await readSyncRecord(cacheDir);
  if (!record || record.fingerprint !== inputs.fingerprint) return null;
  const disk = await hashGeneratedFolders(inputs.root, cachedFolders(inputs), docsFolder(inputs));
  if (disk.length !== record.disk.length) return null;
  for (let i = 0; i < disk.length; i++) {
    if (disk[i]![0] !== record.disk[i]![0] || disk[i]![1] !== record.disk[i]![1]) return null;
  }
  // A CloudFormation template the checks read may have changed, appeared or gone.
  for (const [file, hash] of record.extraInputs) {
    const text = readTemplateFile(inputs.root, file);
    if ((text === null ? null : createHash('sha256').update(text).digest('hex')) !== hash) return null;
  }
  return record;
}

function isSyncRecord(value: unknown): value is SyncRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.fingerprint === 'string' &&
    typeof r.outputs === 'number' &&
    Array.isArray(r.disk) &&
    r.disk.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string') &&
    Array.isArray(r.analysis) &&
    Array.isArray(r.produced) &&
    Array.isArray(r.extraInputs) &&
    r.extraInputs.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && (typeof e[1] === 'string' || e[1] === null))
  );
}
