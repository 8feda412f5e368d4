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
import { builtinStepViews } from './emit/workflow/steps/index.js';
import { userStepView } from './emit/workflow/steps/user.js';
import type { StepViewBuilder } from './emit/workflow/step-view.js';
import { readDocs, type SourceFile, toPosix } from './model/load.js';
import { builtinStepKinds } from './steps/registry.js';
import { loadUserStepKinds } from './steps/user-kinds.js';

/** Where to find things. */
export interface ProjectOptions {
  /** Absolute project root. */
  root: string;
  /** Docs folder relative to root; overrides the config. */
  docs?: string;
}

/** A loaded, analysed project. */
export interface Project {
  root: string;
  config: Config;
  configFile: string | null;
  files: SourceFile[];
  analysis: Analysis;
  templates: TemplateSet;
  stepViews: Readonly<Record<string, StepViewBuilder>>;
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
  const stepViews: Record<string, StepViewBuilder> = { ...builtinStepViews };
  for (const u of user.kinds) {
    templateMap.set(`user/${u.kind.id}`, { name: `user/${u.kind.id}`, file: u.file, source: u.emit });
    stepViews[u.kind.id] = userStepView(u);
  }
  const files = await readDocs(options.root, config.paths.docs);
  const analysis = analyze(files, { stepKinds: [...user.kinds.map((u) => u.kind), ...builtinStepKinds], diagramsDir: config.paths.diagrams.replace(/\/+$/, ''),
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
    stepViews,
    configDiagnostics: normalizeDiagnostics([...loaded.diagnostics, ...user.diagnostics, ...templateDiagnostics]),
  };
}
