/** The entry's bytes, or null when it is missing or fails cacache's integrity check. */
export declare function readEntry(cacheDir: string, key: string): Promise<Buffer | null>;
/** Stores `data` under `key`, dropping the content it replaces and the old index lines. */
export declare function replaceEntry(cacheDir: string, key: string, data: string | Buffer): Promise<void>;
