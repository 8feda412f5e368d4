/**
 * Writes generated files: only those whose bytes change, each atomically
 * (temp file + rename), and removes orphans that carry docflow's header.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { GeneratedFile } from '../emit/files.js';

/** What `generate` did. */
export interface WriteSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  /** Files that could not be written or removed, with the system's reason (e.g. `EACCES`). */
  failed: { path: string; reason: string }[];
}

/** Writes `files` under root and removes `orphans`; `existing` is what is on disk now. */
export async function writeGenerated(root: string, files: readonly GeneratedFile[], existing: ReadonlyMap<string, string | null>, orphans: readonly string[]): Promise<WriteSummary> {
  const summary: WriteSummary = { created: [], updated: [], unchanged: [], removed: [], failed: [] };
  const reason = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  for (const file of files) {
    const before = existing.get(file.path) ?? null;
    if (before === file.content) {
      summary.unchanged.push(file.path);
      continue;
    }
    try {
      await writeAtomic(path.join(root, file.path), file.content);
      (before === null ? summary.created : summary.updated).push(file.path);
    } catch (e) {
      summary.failed.push({ path: file.path, reason: reason(e) });
    }
  }
  for (const p of orphans) {
    try {
      await fs.rm(path.join(root, p), { force: true });
      summary.removed.push(p);
    } catch (e) {
      summary.failed.push({ path: p, reason: reason(e) });
    }
  }
  return summary;
}

/** Writes via a temp file in the same folder and a rename, so readers never see half a file. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
