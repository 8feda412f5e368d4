/**
 * The whole front half of the pipeline: docs → model → graphs → checks.
 * Every command starts here.
 */
import { type StackIndex, type TemplateReader } from './cfn/stacks.js';
import type { Rule } from './check/rule.js';
import { type Config } from './config/types.js';
import { type Diagnostic } from './diagnostics/diagnostic.js';
import { type DependencyGraph } from './graph/graph.js';
import { type DocParser, type SourceFile } from './model/load.js';
import type { Component, DocumentInfo } from './model/types.js';
import type { StepKind } from './steps/kind.js';
/** Options for {@link analyze}. */
export interface AnalyzeOptions {
    /** Step kinds in match order; default: the built-in vocabulary. */
    stepKinds?: readonly StepKind[];
    /** Rules to run; default: all built-in rules. */
    rules?: readonly Rule[];
    /** Diagrams folder relative to the root (default `docs/components/images`). */
    diagramsDir?: string;
    /** Project config: each component's settings are it with the doc's front matter applied (default: the defaults). */
    config?: Config;
    /** Project stack prefix, over the config's: a doc without a stack section deploys `<prefix>-<id>` (front matter may override). */
    stackPrefix?: string | null;
    /** Reads CloudFormation templates (paths relative to the root); without it, no template is read and only the doc side is checked. */
    readTemplate?: TemplateReader;
    /** The template of a component whose build step names none (default `templates/{id}.yaml`). */
    templatePattern?: string;
    /** Parses each doc (default: parse it; a cache may answer, see cache/trees.ts). */
    parse?: DocParser;
    /** Whether a repository file exists; without it, template files are not checked. */
    fileExists?: (path: string) => boolean;
}
/** A checked model. */
export interface Analysis {
    components: Component[];
    /** The first component (by file) for each id; duplicates are reported, never used. */
    byId: ReadonlyMap<string, Component>;
    documents: DocumentInfo[];
    graphs: {
        deploy: DependencyGraph;
        delete: DependencyGraph;
    };
    /** Each component's stack facts and template, with exports and imports resolved. */
    stacks: StackIndex;
    /** Sorted and deduplicated. */
    diagnostics: Diagnostic[];
}
/** Parses, resolves and checks a set of docs. Never throws on doc content. */
export declare function analyze(files: readonly SourceFile[], options?: AnalyzeOptions): Analysis;
