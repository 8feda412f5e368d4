/**
 * Everything docflow generates for a project, in memory, plus the problems
 * found producing it (template errors, actionlint findings), and how it
 * compares with disk. `generate` writes it; `check` only reports.
 */
import path from 'node:path';
import { type Diagnostic, normalizeDiagnostics } from './diagnostics/diagnostic.js';
import { compareDrift, type DriftEntry, generatedOnDisk, readExisting } from './drift/drift.js';
import { compareSvgs, svgPathFor } from './drift/svg.js';
import type { GeneratedFile } from './emit/files.js';
import { generateWorkflows } from './emit/generate.js';
import type { OrchestrationPlan } from './graph/orchestration.js';
import { lintWorkflows } from './lint/actionlint.js';
import type { Project } from './project.js';

/** Generated files and what producing them found. */
export interface Outputs {
  files: GeneratedFile[];
  heldBack: string[];
  diagnostics: Diagnostic[];
  plans: OrchestrationPlan[];
}

/** Options for {@link computeOutputs}. */
export interface OutputOptions {
  /** Run actionlint on the generated workflows (default true). */
  lint?: boolean;
}

/** Computes every generated file for the project. */
export async function computeOutputs(project: Project, options: OutputOptions = {}): Promise<Outputs> {
  const generated = generateWorkflows({ analysis: project.analysis, config: project.config, templates: project.templates });
  const lint = options.lint === false ? [] : await lintWorkflows(generated.files, { cacheDir: path.join(project.root, 'node_modules', '.cache', 'docflow') });
  return { files: generated.files, heldBack: generated.heldBack, diagnostics: [...generated.diagnostics, ...lint], plans: generated.plans };
}

/** Outputs compared with disk. */
export interface Drift {
  entries: DriftEntry[];
  diagnostics: Diagnostic[];
  /** What is on disk now for every expected file (null: missing). */
  existing: Map<string, string | null>;
  /** Header-carrying files no doc generates any more. */
  orphans: string[];
}

/** Compares outputs with disk: generated text byte for byte, SVGs by embedded source hash. Reads only. */
export async function compareWithDisk(project: Project, outputs: Outputs): Promise<Drift> {
  const diagrams = outputs.files.filter((f) => f.path.endsWith('.mmd'));
  const svgs = diagrams.map((d) => svgPathFor(d.path));
  const existing = await readExisting(project.root, outputs.files.map((f) => f.path));
  const existingSvgs = await readExisting(project.root, svgs);
  const owned = [project.config.paths.workflows, project.config.paths.diagrams].map((d) => d.replace(/\/+$/, ''));
  const headed = await generatedOnDisk(project.root, owned, ['.yml', '.yaml', '.mmd', '.svg']);
  const files = compareDrift(outputs.files, existing, headed, new Set(outputs.heldBack), new Set(svgs));
  const rendered = compareSvgs(diagrams, existingSvgs);
  return {
    entries: [...files.entries, ...rendered.entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    diagnostics: normalizeDiagnostics([...files.diagnostics, ...rendered.diagnostics]),
    existing,
    orphans: files.entries.filter((e) => e.kind === 'orphaned').map((e) => e.path),
  };
}
