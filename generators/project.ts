/**
 * A project on disk: config, docs, templates and user step kinds, analysed.
 * The CLI and the public API both start here; everything after is pure.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis } from './analyze.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/types.js';
import { type Diagnostic, normalizeDiagnostics } from './diagnostics/diagnostic.js';
import { loadTemplates, TemplateError, type TemplateSet, type TemplateSource } from './emit/templates.js';
import { readDocs, type SourceFile, toPosix } from './model/load.js';
import type { StepKind } from './steps/kind.js';
import { builtinStepKinds } from './steps/registry.js';
import { loadUserStepKinds } from './steps/user-kinds.js';

/** Where to find things. */
export interface ProjectOptions {
  /** Absolute project root. */
  root: string;
  /** Docs folder relative to root; overrides the config. */
  docs?: string;
  /** More step kinds (see `defineStepKind`), tried after the project's YAML kinds and before the built-ins. */
  stepKinds?: readonly StepKind[];
}

/** A loaded, analysed project. */
export interface Project {
  root: string;
  config: Config;
  configFile: string | null;
  files: SourceFile[];
  analysis: Analysis;
  templates: TemplateSet;
  /** Every step kind, in match order: the project's YAML kinds, the caller's, then the built-ins. */
  stepKinds: readonly StepKind[];
  /** Config and step-kind problems: they stop every command (exit 2). */
  configDiagnostics: Diagnostic[];
}

/** Loads config, docs, templates and user step kinds, and analyses the docs. Throws only for a missing docs folder. */
export async function loadProject(options: ProjectOptions): Promise<Project> {
  const loaded = await loadConfig(options.root);
  const config = loaded.config;
  if (options.docs !== undefined) config.paths.docs = toPosix(path.normalize(options.docs));
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
  const analysis = analyze(files, {
    stepKinds,
    diagramsDir: config.paths.diagrams.replace(/\/+$/, ''),
    stackPrefix: config.stackPrefix,
    config,
    fileExists: (file) => existsSync(path.join(options.root, file)),
  });
  return {
    root: options.root,
    config,
    configFile: loaded.file,
    files,
    analysis,
    templates: templateMap,
    stepKinds,
    configDiagnostics: normalizeDiagnostics([...loaded.diagnostics, ...user.diagnostics, ...templateDiagnostics]),
  };
}
