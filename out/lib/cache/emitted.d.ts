import type { EmitMemo } from '../emit/generate.js';
/** A memo for generateWorkflows, and how to record what this run emitted. */
export interface EmitCache {
    memo: EmitMemo;
    /** Records the entries this run used or emitted (when they differ from what was recorded). */
    save(): Promise<void>;
    stats: {
        cached: number;
        emitted: number;
    };
}
/** Reads the record and, for each entry, the files on disk it names; only entries whose files still hold their bytes can answer. */
export declare function openEmitCache(cacheDir: string, root: string, base: string): Promise<EmitCache>;
