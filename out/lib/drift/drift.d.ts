import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type GeneratedFile } from '../emit/files.js';
/** One file out of sync. */
export interface DriftEntry {
    kind: 'missing' | 'stale' | 'orphaned';
    /** Relative to root. */
    path: string;
    /** The doc it comes from, when known. */
    source: string | null;
    /** Unified diff from disk to generated, for stale files. */
    diff: string | null;
}
/** The drift between `expected` files and disk. */
export interface DriftReport {
    entries: DriftEntry[];
    diagnostics: Diagnostic[];
}
/** What is on disk for each path (null when missing). */
export declare function readExisting(root: string, paths: readonly string[]): Promise<Map<string, string | null>>;
/** Files in `dirs` (relative to root, not recursive) that carry docflow's header. */
export declare function generatedOnDisk(root: string, dirs: readonly string[], extensions: readonly string[]): Promise<Map<string, string>>;
/** Pure comparison: expected files vs disk contents and docflow-headed files found on disk. */
export declare function compareDrift(expected: readonly GeneratedFile[], existing: ReadonlyMap<string, string | null>, headed: ReadonlyMap<string, string>, heldBack: ReadonlySet<string>, 
/** Files that are expected but compared elsewhere (rendered SVGs): never orphans. */
companions?: ReadonlySet<string>, 
/** Whether a header's source (a doc path, `every doc in …`) is this project's: only then is an unwanted file an orphan. */
ownsSource?: (source: string) => boolean): DriftReport;
/** A file docflow would generate is already there and is not docflow's. */
export declare function foreignFileDiagnostic(p: string, reason: string): Diagnostic;
