/**
 * Reads every component's template and joins the three sources: which stack
 * each component deploys, which template that stack runs, and which exports
 * and imports link the templates. `Fn::ImportValue` of a literal, or of a
 * `!Sub`/`!Join` over names whose values are known (the stack name, a
 * parameter default or a literal the doc passes), resolves to the component
 * that exports it.
 */
import path from 'node:path';
import { cmp, type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { type Component, stackOf } from '../model/types.js';
import { type StackFacts, stackFacts } from './facts.js';
import { readSamConfig, type SamConfig } from './samconfig.js';
import { parseStackTemplate, type StackTemplate, type TemplateOutput } from './template.js';
import { evaluateString, type KnownNames } from './values.js';

/** Returns a template's text, or null when there is no such file. Paths are relative to the project root. */
export type TemplateReader = (file: string) => string | null;

/** The default template of a component whose steps name none. */
export const DEFAULT_TEMPLATE_PATTERN = 'templates/{id}.yaml';

/** An import resolved to the component whose template exports the name. */
export interface ResolvedImport {
  exportName: string;
  exporter: Component;
  output: TemplateOutput;
  /** Where the template imports it. */
  position: Position;
}

/** One component's stack: its step facts, its template (when read) and what it imports. */
export interface ComponentStack {
  component: Component;
  facts: StackFacts;
  template: StackTemplate | null;
  imports: ResolvedImport[];
  /** The SAM config (samconfig.toml) its deploy reads, when there is one: its parameters and capabilities are passed too. */
  samConfig: SamConfig | null;
}

/** Every component's stack, by id and by stack name, and every resolved export. */
export interface StackIndex {
  byId: ReadonlyMap<string, ComponentStack>;
  byStack: ReadonlyMap<string, ComponentStack>;
  exports: ReadonlyMap<string, { component: Component; output: TemplateOutput }>;
}

/** Reads and parses each component's template through `read`, and resolves exports and imports. */
export function readStacks(components: readonly Component[], byId: ReadonlyMap<string, Component>, read: TemplateReader, pattern: string): { index: StackIndex; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const parsed = new Map<string, StackTemplate | null>();
  const configs = new Map<string, SamConfig | null>();
  const stacks = new Map<string, ComponentStack>();
  const byStack = new Map<string, ComponentStack>();
  for (const c of components) {
    if (byId.get(c.id) !== c) continue;
    const facts = stackFacts(c, pattern);
    let template: StackTemplate | null = null;
    const file = facts.template?.path;
    if (file && insideRepo(file)) {
      if (!parsed.has(file)) {
        const text = read(file);
        const result = text === null ? { template: null, diagnostics: [] } : parseStackTemplate(file, text);
        diagnostics.push(...result.diagnostics);
        parsed.set(file, result.template);
      }
      template = parsed.get(file) ?? null;
    }
    let samConfig: SamConfig | null = null;
    const wanted = facts.deploy?.samConfig;
    if (wanted) {
      const key = `${wanted.file ?? ''}\0${wanted.env}\0${file ?? ''}`;
      if (!configs.has(key)) {
        const result = readSamConfig(read, wanted, file ?? null);
        // The same broken file read for two environments gives the same diagnostic: the normaliser keeps one.
        diagnostics.push(...result.diagnostics);
        configs.set(key, result.config);
      }
      samConfig = configs.get(key) ?? null;
    }
    const entry: ComponentStack = { component: c, facts, template, imports: [], samConfig };
    stacks.set(c.id, entry);
    const stack = stackOf(c);
    if (stack && !byStack.has(stack)) byStack.set(stack, entry);
  }
  const exports = new Map<string, { component: Component; output: TemplateOutput }>();
  const names = new Map<string, KnownNames>();
  for (const entry of [...stacks.values()].sort((a, b) => cmp(a.component.id, b.component.id))) {
    if (!entry.template) continue;
    const known = knownNames(entry);
    names.set(entry.component.id, known);
    for (const output of entry.template.outputs) {
      const name = output.exportName ? evaluateString(output.exportName, known) : null;
      if (name !== null && !exports.has(name)) exports.set(name, { component: entry.component, output });
    }
  }
  for (const entry of stacks.values()) {
    if (!entry.template) continue;
    for (const imp of entry.template.imports) {
      const name = evaluateString(imp.name, names.get(entry.component.id)!);
      const exporter = name === null ? undefined : exports.get(name);
      if (exporter) entry.imports.push({ exportName: name!, exporter: exporter.component, output: exporter.output, position: imp.position });
    }
  }
  return { index: { byId: stacks, byStack, exports }, diagnostics };
}

/** The stack name and each parameter whose value is known: a literal the doc passes, else the template default. */
function knownNames(entry: ComponentStack): KnownNames {
  const names = new Map<string, string>();
  const stack = stackOf(entry.component);
  if (stack) names.set('AWS::StackName', stack);
  const passed = new Map((entry.facts.deploy?.parameters ?? []).map((p) => [p.name, p]));
  for (const p of entry.template!.parameters) {
    const source = passed.get(p.name)?.source;
    const configured = entry.samConfig?.parameters.get(p.name);
    if (source?.kind === 'literal') names.set(p.name, source.value);
    else if (!passed.has(p.name) && configured !== undefined) names.set(p.name, configured);
    else if (!passed.has(p.name) && p.defaultValue !== null) names.set(p.name, p.defaultValue);
  }
  return names;
}

/** Relative, and never climbing out of the root (unsafe-template-path reports the others). */
function insideRepo(file: string): boolean {
  const normalized = path.posix.normalize(file);
  return !path.posix.isAbsolute(normalized) && !/^[A-Za-z]:/.test(file) && normalized !== '..' && !normalized.startsWith('../');
}
