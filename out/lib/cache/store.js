/**
 * Reading and replacing one keyed entry of docflow's cacache folder. cacache
 * checks every read against the content's hash, so a corrupt or truncated
 * entry reads as missing; a cache that cannot be written only costs time.
 */
import cacache from 'cacache';
/** The entry's bytes, or null when it is missing or fails cacache's integrity check. */
export async function readEntry(cacheDir, key) {
    try {
        return (await cacache.get(cacheDir, key)).data;
    }
    catch {
        return null;
    }
}
/** Stores `data` under `key`, dropping the content it replaces and the old index lines. */
export async function replaceEntry(cacheDir, key, data) {
    try {
        const previous = await cacache.get.info(cacheDir, key).catch(() => null);
        const integrity = await cacache.put(cacheDir, key, data);
        if (previous && previous.integrity !== integrity)
            await cacache.rm.content(cacheDir, previous.integrity).catch(() => undefined);
        await cacache.index.compact(cacheDir, key, () => true).catch(() => undefined);
    }
    catch {
        // e.g. a read-only node_modules
    }
}
