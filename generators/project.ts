/**
 * A project on disk: config, docs, templates and user step kinds, analysed.
 * The CLI and the public API both start here; everything after is pure.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis, type AnalyzeOptions } from './analyze.js';
import { loadConfig } from './config/load.js';
import { configPathDiagnostics } from './config/paths.js';
import type { Config } from './config/types.js';
import { cmp, type Diagnostic, normalizeDiagnostics } from './diagnostics/diagnostic.js';
import { hasHeader } from './emit/files.js';
import { loadTemplates, TemplateError, type TemplateSet, type TemplateSource } from './emit/templates.js';
import { type DocParser, readDocs, type SourceFile, toPosix } from './model/load.js';
import type { StepKind } from './steps/kind.js';
import { builtinStepKinds } from './steps/registry.js';
import { loadUserStepKinds } from './steps/user-kinds.js';
import { engineId } from './version.js';
import { readBytesOrCode } from './read.js';

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
export async function loadProject(options: ProjectOptions): Promise<Project> {
  return analyzeProject(await loadProjectInputs(options));
}

/** Analyses loaded inputs (parse, model, rules): the expensive half of {@link loadProject}. `parse` may answer docs from a cache (cache/trees.ts). */
export function analyzeProject(inputs: ProjectInputs, parse?: DocParser): Project {
  const { config } = inputs;
  const read = new Map<string, string | null>();
  const readTemplate = (file: string): string | null => {
    const text = readTemplateFile(inputs.root, file);
    read.set(file, text === null ? null : createHash('sha256').update(text).digest('hex'));
    return text;
  };
  const analyzeOptions: AnalyzeOptions = {
    stepKinds: inputs.stepKinds,
    config,
    diagramsDir: config.paths.diagrams.replace(/\/+$/, ''),
    readTemplate,
    // A file a check needs (a build's template): recorded like a template, so the cache sees it appear or go.
    fileExists: (file) => readTemplate(file) !== null,
    templatePattern: config.paths.stackTemplates,
  };
  const analysis = analyze(inputs.files, parse ? { ...analyzeOptions, parse } : analyzeOptions);
  const extraInputs = [...read].sort((a, b) => cmp(a[0], b[0]));
  return { ...inputs, analysis, extraInputs, analyzeOptions };
}

/** Reads config, docs, templates and user step kinds; parses no doc. Throws only for a missing docs folder. */
export async function loadProjectInputs(options: ProjectOptions): Promise<ProjectInputs> {
  const loaded = await loadConfig(options.root);
  const config = loaded.config;
  if (options.docs !== undefined) config.paths.docs = toPosix(path.normalize(options.docs));
  // Nothing is read or written through an unsafe path: stop before templates and docs.
  const unsafe = await configPathDiagnostics(options.root, config, loaded.file, options.docs !== undefined);
  if (unsafe.length > 0) {
    const configDiagnostics = normalizeDiagnostics([...loaded.diagnostics, ...unsafe]);
    const empty = { config, configFile: loaded.file, files: [], templates: new Map(), stepKindFiles: [], codeStepKinds: [], configDiagnostics };
    return { root: options.root, config, configFile: loaded.file, files: [], templates: new Map(), stepKinds: builtinStepKinds, configDiagnostics, ...inputFingerprint(empty) };
  }
  const user = await loadUserStepKinds(options.root, config.paths.templates);
  const templateDiagnostics: Diagnostic[] = [];
  const templateMap = new Map<string, TemplateSource>(
    await loadTemplates(options.root, config.paths.templates).catch((e: unknown) => {
      if (!(e instanceof TemplateError)) throw e;
      templateDiagnostics.push({ ruleId: 'template-error', severity: 'error', message: e.message, file: e.file, start: { line: e.line, column: e.column } });
      return new Map<string, TemplateSource>();
    }),
  );
  const stepKinds = [...user.kinds, ...(options.stepKinds ?? []), ...builtinStepKinds];
  for (const kind of stepKinds) for (const t of kind.templates) templateMap.set(t.name, t);
  const files = await readDocs(options.root, config.paths.docs);
  const configDiagnostics = normalizeDiagnostics([...loaded.diagnostics, ...user.diagnostics, ...templateDiagnostics]);
  const stepKindFiles = await readStepKindFiles(options.root, config.paths.templates);
  return {
    root: options.root,
    config,
    configFile: loaded.file,
    files,
    templates: templateMap,
    stepKinds,
    configDiagnostics,
    ...inputFingerprint({ config, configFile: loaded.file, files, templates: templateMap, stepKindFiles, codeStepKinds: options.stepKinds ?? [], configDiagnostics }),
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? String(v) : v)) ?? 'undefined';
  } catch {
    return `\u0000unhashable:${Math.random()}`; // never equal: such a kind is never answered from the cache
  }
}

/** The user step kind files' bytes, by name (what loadUserStepKinds reads). */
async function readStepKindFiles(root: string, templatesDir: string): Promise<[string, string][]> {
  const folder = path.join(root, templatesDir, 'steps');
  const names = (await fs.readdir(folder).catch(() => [] as string[])).filter((n) => /\.step\.ya?ml$/.test(n)).sort(cmp);
  return names.map((n) => {
    const bytes = readBytesOrCode(path.join(folder, n));
    return [n, Buffer.isBuffer(bytes) ? bytes.toString('utf8') : `\u0000${bytes.code}`];
  });
}

function inputFingerprint(parts: { config: Config; configFile: string | null; files: readonly SourceFile[]; templates: TemplateSet; stepKindFiles: [string, string][]; codeStepKinds: readonly StepKind[]; configDiagnostics: Diagnostic[] }): { fingerprint: string; emitFingerprint: string } {
  const hasher = () => {
    const hash = createHash('sha256');
    return { hash, add: (value: string) => hash.update(`${Buffer.byteLength(value)}:`).update(value) };
  };
  const emit = hasher();
  emit.add(engineId());
  emit.add(JSON.stringify(parts.config));
  emit.add(JSON.stringify(parts.configFile));
  emit.add(JSON.stringify(parts.configDiagnostics));
  for (const t of [...parts.templates.values()].sort((a, b) => cmp(a.name, b.name))) {
    emit.add(t.name);
    emit.add(t.file);
    emit.add(t.source);
  }
  for (const [name, text] of parts.stepKindFiles) {
    emit.add(name);
    emit.add(text);
  }
  // Step kinds passed in code (API callers): their source text stands for them.
  for (const kind of parts.codeStepKinds) {
    for (const [key, value] of Object.entries(kind)) emit.add(`${key}=${typeof value === 'function' ? String(value) : safeJson(value)}`);
  }
  const emitFingerprint = emit.hash.digest('hex');
  const all = hasher();
  all.add(emitFingerprint);
  for (const f of [...parts.files].sort((a, b) => cmp(a.path, b.path))) {
    all.add(f.path);
    all.add(f.readError ?? '');
    // A page docflow generates into the docs folder (the components index) is an output, not an
    // input: the cache checks its bytes with the other generated files (cache/sync.ts).
    all.add(hasHeader(f.text) ? '\u0000generated' : f.text);
  }
  return { fingerprint: all.hash.digest('hex'), emitFingerprint };
}

/** A template's text, or null when it is not a readable file. */
export function readTemplateFile(root: string, file: string): string | null {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    return null;
  }
}
