/**
 * A project on disk: config, docs and user step kinds, analysed. The CLI and
 * the public API both start here.
 */
import path from 'node:path';
import { analyze, type Analysis } from './analyze.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/types.js';
import { type Diagnostic, normalizeDiagnostics } from './diagnostics/diagnostic.js';
import { readDocs, type SourceFile, toPosix } from './model/load.js';

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
  /** Config problems (stop everything) — kept apart from doc diagnostics. */
  configDiagnostics: Diagnostic[];
}

/** Loads config and docs and analyses them. Throws only for a missing docs folder. */
export async function loadProject(options: ProjectOptions): Promise<Project> {
  const loaded = await loadConfig(options.root);
  const config = loaded.config;
  if (options.docs !== undefined) config.paths.docs = toPosix(path.normalize(options.docs));
  const files = await readDocs(options.root, config.paths.docs);
  const analysis = analyze(files);
  return { root: options.root, config, configFile: loaded.file, files, analysis, configDiagnostics: normalizeDiagnostics(loaded.diagnostics) };
}
