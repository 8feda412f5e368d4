import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type ProjectInputs } from '../project.js';
/** What a run recorded when it left the generated folders in sync with the docs. */
export interface SyncRecord {
    /** {@link ProjectInputs.fingerprint} of that run. */
    fingerprint: string;
    /** Every file in the generated folders with a generated extension, and the sha256 of its bytes, sorted by path. */
    disk: [string, string][];
    /** The doc diagnostics (parse, model, rules). */
    analysis: Diagnostic[];
    /** What producing the outputs found (template errors, actionlint, held-back notes). */
    produced: Diagnostic[];
    /** How many files generate writes (workflows and .mmd). */
    outputs: number;
    /** The files the analysis read beyond the fingerprinted inputs (CloudFormation templates) and their sha256 (null: unreadable). */
    extraInputs: [string, string | null][];
}
/** Extensions of the files docflow owns in its folders (as drift's orphan search). */
export declare const GENERATED_EXTENSIONS: readonly [".yml", ".yaml", ".mmd", ".svg"];
/** docflow's cache folder for a project root (created on demand by writers). */
export declare function cacheDirFor(root: string): string;
/** The recorded state, or null when there is none or it cannot be trusted. */
export declare function readSyncRecord(cacheDir: string): Promise<SyncRecord | null>;
/** Stores `record`, replacing the previous one. A cache that cannot be written only costs time. */
export declare function writeSyncRecord(cacheDir: string, record: SyncRecord): Promise<void>;
/** The folders whose files the cache record hashes: the generated folders and the docs folder (for its generated index). */
export declare function cachedFolders(inputs: Pick<ProjectInputs, 'config'>): string[];
/** The generated folders of a project, relative to root. */
export declare function generatedFolders(inputs: Pick<ProjectInputs, 'config'>): string[];
/** Every file with a generated extension in the generated folders (not recursive) and the sha256 of its bytes. */
export declare function hashGeneratedFolders(root: string, folders: readonly string[], docsIndexFolder?: string): Promise<[string, string][]>;
/**
 * The record, if it describes these inputs and the disk as it is now: same
 * fingerprint, and every file in the generated folders byte-identical (no
 * file added, changed or removed).
 */
export declare function upToDateRecord(inputs: ProjectInputs, cacheDir: string): Promise<SyncRecord | null>;
