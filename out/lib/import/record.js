/**
 * The import record, `docflow.import.json` at the project root: each
 * hand-written workflow an import produced a doc for, with the sha256 of its
 * bytes then. `generate --adopt` replaces exactly those files, and only while
 * their bytes are unchanged; any other file without docflow's header stays a
 * `foreign-file` (docs/import.md).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
export const RECORD_FILE = 'docflow.import.json';
export function sha256(text) {
    return createHash('sha256').update(text).digest('hex');
}
/** The record's text: sorted keys, so the same import writes the same bytes. */
export function recordText(record) {
    const workflows = Object.fromEntries(Object.keys(record.workflows).sort().map((k) => [k, record.workflows[k]]));
    return `${JSON.stringify({ workflows }, null, 2)}\n`;
}
export async function readRecord(root) {
    const text = await fs.readFile(path.join(root, RECORD_FILE), 'utf8').catch(() => null);
    if (text === null)
        return { workflows: {} };
    try {
        const data = JSON.parse(text);
        return data && typeof data.workflows === 'object' && data.workflows ? data : { workflows: {} };
    }
    catch {
        return { workflows: {} };
    }
}
/** May `generate --adopt` replace the foreign file `rel` whose bytes are `bytes`? */
export function adoptable(record) {
    return (rel, bytes) => record.workflows[rel]?.sha256 === sha256(bytes);
}
