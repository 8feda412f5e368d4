/**
 * Everything docflow generates for a project, in memory, plus the problems
 * found producing it (template errors, actionlint findings). `generate`
 * writes it; `check` compares it with disk.
 */
import path from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { GeneratedFile } from './emit/files.js';
import { generateWorkflows } from './emit/generate.js';
import { lintWorkflows } from './lint/actionlint.js';
import type { Project } from './project.js';

/** Generated files and what producing them found. */
export interface Outputs {
  files: GeneratedFile[];
  heldBack: string[];
  diagnostics: Diagnostic[];
  /** Folders (relative to root) where docflow-headed files are ours to remove. */
  ownedDirs: string[];
}

/** Options for {@link computeOutputs}. */
export interface OutputOptions {
  /** Run actionlint on the generated workflows (default true). */
  lint?: boolean;
}

/** Computes every generated file for the project. */
export async function computeOutputs(project: Project, options: OutputOptions = {}): Promise<Outputs> {
  const generated = generateWorkflows({ analysis: project.analysis, config: project.config, templates: project.templates, stepViews: project.stepViews });
  const lint = options.lint === false ? [] : await lintWorkflows(generated.files, { cacheDir: path.join(project.root, 'node_modules', '.cache', 'docflow') });
  return {
    files: generated.files,
    heldBack: generated.heldBack,
    diagnostics: [...generated.diagnostics, ...lint],
    ownedDirs: [project.config.paths.workflows.replace(/\/+$/, '')],
  };
}
