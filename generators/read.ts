/**
 * Reading the small files docflow compares and hashes (docs, generated
 * workflows, diagrams, SVGs). Synchronous on purpose: a file in the page
 * cache reads in microseconds this way, where `fs.promises.readFile` makes
 * four trips through libuv's thread pool (open, fstat, read, close), and a
 * pre-commit run reads each of hundreds of files more than once.
 */
import { readFileSync } from 'node:fs';

/** The file's text, or null when it cannot be read (missing, a folder, no permission…). */
export function readTextOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The file's bytes, or the error code that stopped the read (`ENOENT`, …). */
export function readBytesOrCode(file: string): Buffer | { code: string } {
  try {
    return readFileSync(file);
  } catch (e) {
    return { code: (e as NodeJS.ErrnoException).code ?? 'unreadable' };
  }
}
