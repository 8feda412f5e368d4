/** A temp file holding new content, ready to replace its target. */
export interface StagedFile {
    target: string;
    /** Renames the temp file over the target. */
    commit(): Promise<void>;
    /** Removes the temp file (safe after commit and twice). */
    discard(): Promise<void>;
}
/** Writes files in two phases; tests inject one that fails (a full disk). */
export interface AtomicWriter {
    stage(target: string, content: string | Uint8Array): Promise<StagedFile>;
}
/** Names docflow's temp files take: `.docflow-<pid>-<12 random chars>-tmp`. A leftover of a killed run matches this. */
export declare const TEMP_FILE: RegExp;
/** The real writer: `tmp` for the exclusive temp file, then write, fsync and rename. */
export declare const fileWriter: AtomicWriter;
/** Replaces one file atomically with the default writer. */
export declare function writeAtomic(target: string, content: string | Uint8Array, writer?: AtomicWriter): Promise<void>;
/** Removes leftover temp files of killed runs in `dir` (call with the generate lock held). Returns the names removed. */
export declare function sweepTempFiles(dir: string): Promise<string[]>;
