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
import { fileWriter } from './atomic.js';
import { isInside, realPathProblem } from './containment.js';
import { readTextOrNull } from '../read.js';
/** True when a file-system fault (not a foreign file) stopped every write. */
export function writesStopped(summary) {
    return summary.failed.length > 0 || summary.blocked.some((b) => b.ruleId !== 'foreign-file');
}
/** Writes `files` under root and removes `orphans`; `existing` is what is on disk now. */
export async function writeGenerated(root, files, existing, orphans, options) {
    const summary = { created: [], updated: [], unchanged: [], removed: [], takenOver: [], blocked: [], failed: [] };
    const changed = [];
    for (const file of files) {
        if ((existing.get(file.path) ?? null) === file.content)
            summary.unchanged.push(file.path);
        else
            changed.push(file);
    }
    const targets = [...changed.map((f) => f.path), ...(options.laterTargets ?? []), ...orphans];
    const verdicts = new Map();
    for (const p of new Set(targets))
        verdicts.set(p, await checkTarget(root, p, options));
    for (const [p, v] of verdicts)
        if (v.blocked)
            summary.blocked.push({ path: p, ...v.blocked });
    if (summary.blocked.some((b) => b.ruleId !== 'foreign-file'))
        return summary;
    const writable = changed.filter((f) => !verdicts.get(f.path).blocked);
    const staged = [];
    const reason = (e) => e.code ?? e.message;
    const writer = options.writer ?? fileWriter;
    for (const file of writable) {
        try {
            await fs.mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
            staged.push(await writer.stage(path.join(root, file.path), file.content));
        }
        catch (e) {
            summary.failed.push({ path: file.path, reason: reason(e) });
            break;
        }
    }
    if (summary.failed.length > 0) {
        for (const s of staged)
            await s.discard();
        return summary;
    }
    for (const [i, s] of staged.entries()) {
        const file = writable[i];
        try {
            await s.commit();
            if (verdicts.get(file.path).foreign)
                summary.takenOver.push(file.path);
            ((existing.get(file.path) ?? null) === null && !verdicts.get(file.path).exists ? summary.created : summary.updated).push(file.path);
        }
        catch (e) {
            summary.failed.push({ path: file.path, reason: reason(e) });
        }
        finally {
            await s.discard();
        }
    }
    for (const p of orphans) {
        if (verdicts.get(p).blocked)
            continue;
        try {
            await fs.rm(path.join(root, p), { force: true });
            summary.removed.push(p);
        }
        catch (e) {
            summary.failed.push({ path: p, reason: reason(e) });
        }
    }
    return summary;
}
/** May docflow write (or delete) `rel`? Checked on the real path, before any change. */
export async function checkTarget(root, rel, options) {
    if (!options.outputDirs.some((d) => isInside(path.posix.dirname(rel), d)))
        return { blocked: { ruleId: 'unsafe-path', reason: 'it is outside the output folders' }, exists: false, foreign: false };
    const unsafe = await realPathProblem(root, path.posix.dirname(rel));
    if (unsafe)
        return { blocked: { ruleId: 'unsafe-path', reason: unsafe }, exists: false, foreign: false };
    const full = path.join(root, rel);
    const stat = await fs.lstat(full).catch(() => null);
    if (!stat)
        return { exists: false, foreign: false };
    if (stat.isDirectory())
        return { blocked: { ruleId: 'not-a-file', reason: 'a folder is there' }, exists: true, foreign: false };
    const bytes = stat.isFile() ? (readTextOrNull(full) ?? '') : '';
    const foreign = stat.isSymbolicLink() ? 'it is a symlink' : !stat.isFile() ? 'it is not a regular file' : headerSource(bytes) === null ? 'it has no docflow header' : null;
    if (foreign === null)
        return { exists: true, foreign: false };
    if ((options.force || options.adopt?.(rel, bytes)) && stat.isFile())
        return { exists: true, foreign: true };
    return { blocked: { ruleId: stat.isFile() || stat.isSymbolicLink() ? 'foreign-file' : 'not-a-file', reason: foreign }, exists: true, foreign: true };
}
