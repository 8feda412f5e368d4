/**
 * The emit cache: for each component workflow (and its diagram) the last run
 * emitted, the key of everything it was made from (emit/generate.ts
 * emitKey) and the sha256 of its bytes. The bytes themselves are the
 * generated files on disk: a key that matches, with the file on disk still
 * holding those exact bytes, answers without emitting; anything else (an
 * edited, missing or never-written file) is emitted again. So a doc change
 * re-emits that doc's workflows, and the ones whose guard reads its stack.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readEntry, replaceEntry } from './store.js';
import { readTextOrNull } from '../read.js';
const RECORD_KEY = 'emitted-v1';
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
/** Reads the record and, for each entry, the files on disk it names; only entries whose files still hold their bytes can answer. */
export async function openEmitCache(cacheDir, root, base) {
    const recorded = await readRecord(cacheDir);
    const ready = new Map();
    await Promise.all(recorded.map(async (r) => {
        const workflow = await fromDisk(root, r.workflow);
        const diagram = r.diagram ? await fromDisk(root, r.diagram) : null;
        if (workflow && (diagram || !r.diagram))
            ready.set(r.key, { workflow, diagram, guardAfter: r.guardAfter, secrets: r.secrets, idToken: r.idToken });
    }));
    const kept = new Map();
    const byKey = new Map(recorded.map((r) => [r.key, r]));
    let changed = false;
    const stats = { cached: 0, emitted: 0 };
    const memo = {
        base,
        get(key) {
            const hit = ready.get(key);
            if (hit) {
                kept.set(key, byKey.get(key));
                stats.cached++;
            }
            return hit;
        },
        set(key, emitted) {
            stats.emitted++;
            changed = true;
            kept.set(key, { key, workflow: recordFile(emitted.workflow), diagram: emitted.diagram ? recordFile(emitted.diagram) : null, guardAfter: emitted.guardAfter, secrets: emitted.secrets, idToken: emitted.idToken });
        },
    };
    return {
        memo,
        stats,
        async save() {
            if (!changed && kept.size === recorded.length)
                return;
            const entries = [...kept.values()].sort((a, b) => (a.workflow.path < b.workflow.path ? -1 : a.workflow.path > b.workflow.path ? 1 : 0));
            await replaceEntry(cacheDir, RECORD_KEY, JSON.stringify({ entries }));
        },
    };
}
function recordFile(file) {
    return { path: file.path, sha256: sha256(file.content), source: file.source, origins: file.origins };
}
async function fromDisk(root, r) {
    const content = readTextOrNull(path.join(root, r.path));
    if (content === null || sha256(content) !== r.sha256)
        return null;
    return { path: r.path, content, source: r.source, origins: r.origins };
}
async function readRecord(cacheDir) {
    const data = await readEntry(cacheDir, RECORD_KEY);
    if (!data)
        return [];
    try {
        const parsed = JSON.parse(data.toString('utf8'));
        return Array.isArray(parsed.entries) ? parsed.entries.filter(isRecordedEmit) : [];
    }
    catch {
        return [];
    }
}
function isRecordedFile(v) {
    const r = v;
    return typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.sha256 === 'string' && (r.source === null || typeof r.source === 'string') && Array.isArray(r.origins);
}
function isRecordedEmit(v) {
    const r = v;
    return (typeof r === 'object' &&
        r !== null &&
        typeof r.key === 'string' &&
        isRecordedFile(r.workflow) &&
        (r.diagram === null || isRecordedFile(r.diagram)) &&
        typeof r.guardAfter === 'number' &&
        Array.isArray(r.secrets) &&
        r.secrets.every((s) => typeof s === 'string') &&
        typeof r.idToken === 'boolean');
}
