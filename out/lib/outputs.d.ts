import { type Diagnostic } from './diagnostics/diagnostic.js';
import { type DriftEntry } from './drift/drift.js';
import { type GeneratedFile } from './emit/files.js';
import type { OrchestrationPlan } from './graph/orchestration.js';
import type { Project } from './project.js';
/** Generated files and what producing them found. */
export interface Outputs {
    files: GeneratedFile[];
    heldBack: string[];
    diagnostics: Diagnostic[];
    plans: OrchestrationPlan[];
    /** With `incremental`: how many component workflows were emitted and how many the emit cache answered. */
    emitted?: {
        emitted: number;
        cached: number;
    };
}
/** Options for {@link computeOutputs}. */
export interface OutputOptions {
    /** Run actionlint on the generated workflows (default true). */
    lint?: boolean;
    /** Folder of actionlint's result cache (default: the project's, see cacheDirFor); null: none. */
    cacheDir?: string | null;
    /**
     * Answer component workflows whose inputs did not change from the emit
     * cache in `cacheDir` (cache/emitted.ts), instead of emitting them again
     * (default false). The files are the same either way.
     */
    incremental?: boolean;
}
/** Computes every generated file for the project. */
export declare function computeOutputs(project: Project, options?: OutputOptions): Promise<Outputs>;
/**
 * Whether a generated file's header names this project's docs: a doc in the
 * docs folder, or the orchestrators' `every doc in <docs>` / `the docs in …`.
 * A file naming another docs folder belongs to another docflow setup.
 */
export declare function ownsSource(docsDir: string): (source: string) => boolean;
/** Outputs compared with disk. */
export interface Drift {
    entries: DriftEntry[];
    diagnostics: Diagnostic[];
    /** What is on disk now for every expected file (null: missing). */
    existing: Map<string, string | null>;
    /** Header-carrying files no doc generates any more. */
    orphans: string[];
    /** Pages docflow would generate that someone wrote by hand (no header): never overwritten. */
    handWritten: string[];
}
/** Compares outputs with disk: generated text byte for byte, SVGs by embedded source hash. Reads only. */
export declare function compareWithDisk(project: Project, outputs: Outputs): Promise<Drift>;
