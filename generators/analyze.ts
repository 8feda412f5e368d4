/**
 * The whole front half of the pipeline: docs → model → graphs → checks.
 * Every command starts here.
 */
import { runRules } from './check/run.js';
import { rules as builtinRules } from './check/registry.js';
import type { Rule } from './check/rule.js';
import { type Diagnostic, normalizeDiagnostics } from './diagnostics/diagnostic.js';
import { buildGraph, type DependencyGraph } from './graph/graph.js';
import { buildModel, type SourceFile } from './model/load.js';
import type { Component, DocumentInfo } from './model/types.js';
import type { StepKind } from './steps/kind.js';
import { type Config, DEFAULT_CONFIG } from './config/types.js';
import { builtinStepKinds } from './steps/registry.js';

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** Step kinds in match order; default: the built-in vocabulary. */
  stepKinds?: readonly StepKind[];
  /** Rules to run; default: all built-in rules. */
  rules?: readonly Rule[];
  /** Diagrams folder relative to the root (default `docs/components/images`). */
  diagramsDir?: string;
  /** Project stack prefix: a doc without a stack section deploys `<prefix>-<id>` (front matter may override). */
  stackPrefix?: string | null;
  /** The project config rules read (default: the defaults). */
  config?: Config;
  /** Whether a repository file exists; without it, template files are not checked. */
  fileExists?: (path: string) => boolean;
}

/** A checked model. */
export interface Analysis {
  components: Component[];
  /** The first component (by file) for each id; duplicates are reported, never used. */
  byId: ReadonlyMap<string, Component>;
  documents: DocumentInfo[];
  graphs: { deploy: DependencyGraph; delete: DependencyGraph };
  /** Sorted and deduplicated. */
  diagnostics: Diagnostic[];
}

/** Parses, resolves and checks a set of docs. Never throws on doc content. */
export function analyze(files: readonly SourceFile[], options: AnalyzeOptions = {}): Analysis {
  const built = buildModel(files, options.stepKinds ?? builtinStepKinds);
  for (const c of built.components) {
    const own = c.frontMatter?.value.stackPrefix;
    const prefix = typeof own === 'string' ? own : (options.stackPrefix ?? null);
    // Only a doc whose steps deploy or delete a stack gets one; a web upload or a test run has none.
    const changesStack = [c.workflows.deploy, c.workflows.delete].some((w) => w?.steps.some((s) => s.facts.stacks.some((u) => u.action !== 'read')));
    c.defaultStack = !c.stack && prefix && changesStack ? `${prefix}-${c.id}` : null;
  }
  const graphs = { deploy: buildGraph(built.components, 'deploy'), delete: buildGraph(built.components, 'delete') };
  const byId = new Map<string, Component>();
  for (const c of built.components) if (!byId.has(c.id)) byId.set(c.id, c);
  const ruleDiagnostics = runRules(built.components, byId, graphs, options.rules ?? builtinRules, {
    diagramsDir: options.diagramsDir ?? 'docs/components/images',
    config: options.config ?? DEFAULT_CONFIG,
    fileExists: options.fileExists ?? null,
  });
  return {
    components: built.components,
    byId,
    documents: built.documents,
    graphs,
    diagnostics: normalizeDiagnostics([...built.diagnostics, ...ruleDiagnostics]),
  };
}
