import type { DocParser, SourceFile } from '../model/load.js';
import { type Project, type ProjectInputs } from '../project.js';
/** A parser answering from the cache, and what it learned. */
export interface DocTrees {
    parse: DocParser;
    /** Writes the buckets that changed (new trees, or trees of docs no longer there). */
    save(): Promise<void>;
    /** Docs answered from the cache and docs parsed, so far. */
    stats: {
        cached: number;
        parsed: number;
    };
}
/** Reads the buckets holding `files` (a missing or corrupt bucket is empty). */
export declare function openDocTrees(cacheDir: string, files: readonly SourceFile[]): Promise<DocTrees>;
/** {@link analyzeProject} with the parse cache in `cacheDir` (null: parse every doc), and how many docs were parsed. */
export declare function analyzeCached(inputs: ProjectInputs, cacheDir: string | null): Promise<{
    project: Project;
    parsed: DocTrees['stats'] | null;
}>;
/** The `--verbose` line of an incremental run: what was parsed and emitted, and what the caches answered. */
export declare function incrementalNote(command: string, parsed: DocTrees['stats'] | null, emitted: {
    cached: number;
    emitted: number;
} | undefined): string | null;
