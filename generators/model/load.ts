/**
 * From files to a resolved model: parse each doc, read it as a component,
 * resolve references. Pure over its inputs; `readDocs` is the only I/O.
 */
import type { Root } from 'mdast';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, DEFAULT_CONFIG } from '../config/types.js';
import { cmp, type Diagnostic } from '../diagnostics/diagnostic.js';
import { realPathProblem } from '../drift/containment.js';
import { hasHeader } from '../header.js';
import { normalizeSource, parseMarkdown } from '../parse/markdown.js';
import { outline } from '../parse/outline.js';
import type { StepKind } from '../steps/kind.js';
import { builtinStepKinds } from '../steps/registry.js';
import { buildComponent } from './build.js';
import { resolveReferences } from './resolve.js';
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
export function buildModel(files: readonly SourceFile[], kinds: readonly StepKind[] = builtinStepKinds, config: Config = DEFAULT_CONFIG, parse: DocParser = parseMarkdown): BuiltModel {
  const sorted = [...files].sort((a, b) => cmp(a.path, b.path));
  const components: Component[] = [];
  const documents: DocumentInfo[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of sorted) {
    if (file.readError !== undefined) {
      documents.push({ file: file.path, isComponent: false });
      diagnostics.push({
        ruleId: 'unreadable-file',
        severity: 'error',
        message: `Cannot read this doc: ${file.readError}`,
        file: file.path,
        start: { line: 1, column: 1 },
        hint: 'Check the file permissions, or move the file out of the docs folder.',
      });
      continue;
    }
    const badName = docNameProblem(file.path);
    if (badName) {
      documents.push({ file: file.path, isComponent: false });
      diagnostics.push({
        ruleId: 'invalid-doc-name',
        severity: 'error',
        message: `Unexpected doc file name ${JSON.stringify(file.path)}: ${badName}; this doc is skipped`,
        file: file.path,
        start: { line: 1, column: 1 },
        hint: 'A doc path names workflows and diagrams: use letters, digits, `.`, `_` and `-` only, e.g. `docs/components/users-api.md`.',
      });
      continue;
    }
    const text = normalizeSource(file.text);
    if (hasHeader(text)) {
      // A page docflow generates into the docs folder (the components index): an output, never parsed as a doc.
      documents.push({ file: file.path, isComponent: false });
      diagnostics.push({ ruleId: 'not-a-component', severity: 'info', message: "Skipped: a page docflow generates (its first line is docflow's header), not a component doc", file: file.path, start: { line: 1, column: 1 } });
      continue;
    }
    const built = buildComponent(file.path, outline(parse(text, file.path), text), kinds, config);
    documents.push({ file: file.path, isComponent: built.component !== null });
    diagnostics.push(...built.diagnostics);
    if (built.component) components.push(built.component);
  }
  components.sort((a, b) => cmp(a.id, b.id) || cmp(a.file, b.file));
  resolveReferences(components);
  return { components, documents, diagnostics };
}

// A doc path reaches YAML (`DOC_FILE`), Mermaid comments and terminals: only these characters, in every segment.
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Why a doc's root-relative path is not safe to use as data, or null. */
export function docNameProblem(p: string): string | null {
  const bad = p.split('/').find((s) => !SAFE_SEGMENT.test(s));
  return bad === undefined ? null : `${JSON.stringify(bad)} holds characters other than letters, digits, \`.\`, \`_\` and \`-\``;
}

/** Thrown when the docs folder cannot be read: a usage error, not a doc problem. */
export class DocsFolderError extends Error {}

/** Reads every `*.md` under `root/docsDir`, recursively, sorted by path. */
export async function readDocs(root: string, docsDir: string): Promise<SourceFile[]> {
  const base = path.resolve(root, docsDir);
  const stat = await fs.stat(base).catch(() => null);
  if (!stat?.isDirectory()) throw new DocsFolderError(`docs folder \`${toPosix(path.relative(root, base)) || '.'}\` not found under ${root}; pass --docs DIR or set paths.docs in docflow.config.yaml`);
  const out: SourceFile[] = [];
  const seen = new Set<string>();
  const walk = async (dir: string) => {
    const real = await fs.realpath(dir);
    if (seen.has(real)) return; // a symlink loop, or a folder linked twice
    seen.add(real);
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => cmp(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(dir, e.name);
      const rel = toPosix(path.relative(root, full));
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // A linked doc or folder is read when it resolves inside the root, and reported otherwise: never silently skipped.
        const stat = await fs.stat(full).catch(() => null);
        if (!stat?.isDirectory() && !e.name.toLowerCase().endsWith('.md')) continue;
        const problem = stat ? await realPathProblem(root, rel) : 'it is a broken symlink';
        if (problem) {
          out.push({ path: rel, text: '', readError: `${problem}; it is not read` });
          continue;
        }
        isDir = stat!.isDirectory();
        isFile = stat!.isFile();
      }
      if (isDir) await walk(full);
      else if (isFile && e.name.toLowerCase().endsWith('.md')) {
        try {
          out.push({ path: rel, text: readFileSync(full, 'utf8') });
        } catch (e) {
          out.push({ path: rel, text: '', readError: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
        }
      }
    }
  };
  await walk(base);
  return out;
}

/** Converts a platform path to `/` separators. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
