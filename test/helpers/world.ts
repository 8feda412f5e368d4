/**
 * Small worlds of docs for tests: in-memory files run through the public
 * `analyze` entry point, the bundled example docs, and the printed model.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pc from 'picocolors';
import { analyze, type Analysis, type AnalyzeOptions } from '../../generators/analyze.js';
import type { Diagnostic } from '../../generators/diagnostics/diagnostic.js';
import { formatText } from '../../generators/diagnostics/report/text.js';
import { modelJson } from '../../generators/model/json.js';
import { readDocs, type SourceFile } from '../../generators/model/load.js';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where component docs live in every in-memory world, like a real project. */
export const DOCS_DIR = 'docs/components';

/** `{ 'x.md': text }` → source files under {@link DOCS_DIR}. */
export function docFiles(docs: Record<string, string>): SourceFile[] {
  return Object.entries(docs).map(([name, text]) => ({ path: `${DOCS_DIR}/${name}`, text }));
}

/** Analyses in-memory docs keyed by file name (relative to {@link DOCS_DIR}). */
export function analyzeDocs(docs: Record<string, string>, options: AnalyzeOptions = {}): Analysis {
  return analyze(docFiles(docs), options);
}

/** The JSON `docflow model` prints, as data. */
export type ModelJson = { components: ComponentJson[]; diagnostics: DiagnosticJson[] };
export type ComponentJson = Record<string, unknown> & { id: string; file: string };
export type DiagnosticJson = { file: string; line: number; column: number; severity: string; code: string; message: string; hint?: string };

/** The model as `docflow model` prints it (parsed back, so it is plain data). */
export function modelOf(analysis: Analysis): ModelJson {
  return JSON.parse(printModel(analysis)) as ModelJson;
}

/** Exactly the bytes `docflow model` writes. */
export function printModel(analysis: Analysis): string {
  return JSON.stringify(modelJson(analysis), null, 2) + '\n';
}

/** Diagnostics in the text format, no colour, no snippets: one line each. */
export function printDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return formatText(diagnostics, { colors: pc.createColors(false), verbose: false });
}

/** The bundled example docs (docs/components), read as the CLI reads them. */
export async function exampleDocs(): Promise<SourceFile[]> {
  return readDocs(repoRoot, DOCS_DIR);
}

/** A repository file's text. */
export function repoFile(relative: string): string {
  return readFileSync(path.join(repoRoot, relative), 'utf8');
}

/** Removes `line` and `column` everywhere: what two phrasings of one model share. */
export function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'line' && k !== 'column') out[k] = withoutPositions(v);
    return out;
  }
  return value;
}

/**
 * Removes `column` and `endColumn` everywhere: what changes when a tab
 * replaces spaces (a tab is one column) or a line gains trailing blanks.
 */
export function withoutColumns(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutColumns);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'column' && k !== 'endColumn') out[k] = withoutColumns(v);
    return out;
  }
  return value;
}
