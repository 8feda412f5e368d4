/**
 * From files to a resolved model: parse each doc, read it as a component,
 * resolve references. Pure over its inputs; `readDocs` is the only I/O.
 */
import type { Root } from 'mdast';
import { type Config } from '../config/types.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import type { StepKind } from '../steps/kind.js';
import type { Component, DocumentInfo } from './types.js';
/** A doc's path relative to the project root (`/`-separated) and its text. */
export interface SourceFile {
    path: string;
    text: string;
    /** Why the file could not be read (its text is then empty). */
    readError?: string;
}
/** Components (sorted by id, then file) with references resolved, and what reading them found. */
export interface BuiltModel {
    components: Component[];
    documents: DocumentInfo[];
    diagnostics: Diagnostic[];
}
/**
 * Parses a doc's normalised text into mdast; `file` names the doc. The
 * default is {@link parseMarkdown}; a cache may answer with the tree it
 * parsed from the same text before (cache/trees.ts).
 */
export type DocParser = (text: string, file: string) => Root;
/** Builds the model from in-memory files, each component's settings resolved over `config`. The result does not depend on the order of `files`. */
export declare function buildModel(files: readonly SourceFile[], kinds?: readonly StepKind[], config?: Config, parse?: DocParser): BuiltModel;
/** Why a doc's root-relative path is not safe to use as data, or null. */
export declare function docNameProblem(p: string): string | null;
/** Thrown when the docs folder cannot be read: a usage error, not a doc problem. */
export declare class DocsFolderError extends Error {
}
/** Reads every `*.md` under `root/docsDir`, recursively, sorted by path. */
export declare function readDocs(root: string, docsDir: string): Promise<SourceFile[]>;
/** Converts a platform path to `/` separators. */
export declare function toPosix(p: string): string;
