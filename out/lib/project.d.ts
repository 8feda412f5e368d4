import { type Analysis, type AnalyzeOptions } from './analyze.js';
import type { Config } from './config/types.js';
import { type Diagnostic } from './diagnostics/diagnostic.js';
import { type TemplateSet } from './emit/templates.js';
import { type DocParser, type SourceFile } from './model/load.js';
import type { StepKind } from './steps/kind.js';
/** Where to find things. */
export interface ProjectOptions {
    /** Absolute project root. */
    root: string;
    /** Docs folder relative to root; overrides the config. */
    docs?: string;
    /** More step kinds (see `defineStepKind`), tried after the project's YAML kinds and before the built-ins. */
    stepKinds?: readonly StepKind[];
}
/** What a project is made of, read but not yet analysed. */
export interface ProjectInputs {
    root: string;
    config: Config;
    configFile: string | null;
    files: SourceFile[];
    templates: TemplateSet;
    /** Every step kind, in match order: the project's YAML kinds, the caller's, then the built-ins. */
    stepKinds: readonly StepKind[];
    /** Config and step-kind problems: they stop every command (exit 2). */
    configDiagnostics: Diagnostic[];
    /**
     * A hash of everything the outputs depend on: docflow's version and build (engineId), the
     * resolved config, the docs' bytes, the templates and the user step kinds.
     */
    fingerprint: string;
    /** The part of {@link fingerprint} that is not the docs: what every generated file depends on besides its docs. */
    emitFingerprint: string;
}
/** A loaded, analysed project. */
export interface Project extends ProjectInputs {
    analysis: Analysis;
    /**
     * Files the analysis read beyond the inputs the fingerprint covers (the
     * CloudFormation templates), with the sha256 of their bytes (null: not
     * readable), sorted by path: the cache checks them again before it answers.
     */
    extraInputs: [string, string | null][];
    /** The options the docs were analysed with: what a re-analysis (as in `docflow fix`) must use. */
    analyzeOptions: AnalyzeOptions;
}
/** Loads config, docs, templates and user step kinds, and analyses the docs. Throws only for a missing docs folder. */
export declare function loadProject(options: ProjectOptions): Promise<Project>;
/** Analyses loaded inputs (parse, model, rules): the expensive half of {@link loadProject}. `parse` may answer docs from a cache (cache/trees.ts). */
export declare function analyzeProject(inputs: ProjectInputs, parse?: DocParser): Project;
/** Reads config, docs, templates and user step kinds; parses no doc. Throws only for a missing docs folder. */
export declare function loadProjectInputs(options: ProjectOptions): Promise<ProjectInputs>;
/** A template's text, or null when it is not a readable file. */
export declare function readTemplateFile(root: string, file: string): string | null;
