import type { GeneratedFile } from '../emit/files.js';
import { type AtomicWriter } from './atomic.js';
/** Why a target was left alone. */
export interface BlockedTarget {
    path: string;
    /** `foreign-file`: not docflow's; `not-a-file`: a folder or device is there; `unsafe-path`: it resolves outside the output folders. */
    ruleId: 'foreign-file' | 'not-a-file' | 'unsafe-path';
    reason: string;
}
/** What `generate` did. */
export interface WriteSummary {
    created: string[];
    updated: string[];
    unchanged: string[];
    removed: string[];
    /** Foreign files `force` took over (overwritten although docflow's header was missing). */
    takenOver: string[];
    /** Targets left alone. A `not-a-file` or `unsafe-path` one stops every write. */
    blocked: BlockedTarget[];
    /** Files that could not be written or removed, with the system's reason (e.g. `EACCES`); nothing was written then. */
    failed: {
        path: string;
        reason: string;
    }[];
}
/** Options for {@link writeGenerated}. */
export interface WriteOptions {
    /** Root-relative folders docflow may write in (`paths.workflows`, `paths.diagrams`). */
    outputDirs: readonly string[];
    /** Take over foreign files at generated paths. */
    force?: boolean;
    /** Take over the foreign files this says yes to (`generate --adopt`: the ones an import recorded, bytes unchanged). */
    adopt?: (rel: string, bytes: string) => boolean;
    /** Extra targets written later (rendered SVGs): checked now with the rest. */
    laterTargets?: readonly string[];
    writer?: AtomicWriter;
}
/** True when a file-system fault (not a foreign file) stopped every write. */
export declare function writesStopped(summary: WriteSummary): boolean;
/** Writes `files` under root and removes `orphans`; `existing` is what is on disk now. */
export declare function writeGenerated(root: string, files: readonly GeneratedFile[], existing: ReadonlyMap<string, string | null>, orphans: readonly string[], options: WriteOptions): Promise<WriteSummary>;
interface Verdict {
    blocked?: Omit<BlockedTarget, 'path'>;
    /** Something is at the path now. */
    exists: boolean;
    /** It does not carry docflow's header (only with `force`). */
    foreign: boolean;
}
/** May docflow write (or delete) `rel`? Checked on the real path, before any change. */
export declare function checkTarget(root: string, rel: string, options: Pick<WriteOptions, 'outputDirs' | 'force' | 'adopt'>): Promise<Verdict>;
export {};
