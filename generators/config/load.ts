/**
 * Loads and validates docflow.config.yaml against docs/config.schema.json.
 * Problems are diagnostics at the offending key's line and column, never
 * exceptions.
 */
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import { AJV_OPTIONS, type ConfigSchema, PREBUILT_FILE, type PrebuiltValidators, schemaHash, validatorSchemas } from './validators.js';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic, Point } from '../diagnostics/diagnostic.js';
import { type ComponentOptions, COMPONENT_OPTION_KEYS, type Config, DEFAULT_CONFIG, DEFAULT_SITE, type SiteConfig, type ValueSource, type WorkflowInput, type WorkflowOptions } from './types.js';

import { CONFIG_FILES } from './types.js';
import { DOCFLOW_ROOT, loadFromBuild } from '../own.js';

export { CONFIG_FILES, DOCFLOW_ROOT };

const schemaPath = path.join(DOCFLOW_ROOT, 'docs/config.schema.json');
let configValidator: ValidateFunction | null = null;
let componentValidator: ValidateFunction | null = null;
let prebuilt: PrebuiltValidators | null | undefined;

/**
 * The validators `npm run build` compiled ahead (config/validators.ts), when
 * they were made from this very schema; else null, and they are compiled here.
 */
function prebuiltValidators(): PrebuiltValidators | null {
  if (prebuilt !== undefined) return prebuilt;
  // Not built (running from source), or built from another schema: compile.
  const built = loadFromBuild<PrebuiltValidators>(path.posix.join('config', PREBUILT_FILE));
  prebuilt = built && built.schemaHash === schemaHash(readFileSync(schemaPath, 'utf8')) ? built : null;
  return prebuilt;
}

let ajv: { compile(schema: object): ValidateFunction } | null = null;
function compileSchema(schema: object): ValidateFunction {
  const Ajv = AjvModule.default ?? AjvModule;
  ajv ??= new Ajv(AJV_OPTIONS);
  return ajv.compile(schema);
}

// Each validator is made on first use: a run whose docs set no option never makes the front-matter one.
function getConfigValidator(): ValidateFunction {
  configValidator ??= prebuiltValidators()?.config ?? compileSchema(validatorSchemas(readSchema()).config);
  return configValidator;
}

function getComponentValidator(): ValidateFunction {
  componentValidator ??= prebuiltValidators()?.component ?? compileSchema(validatorSchemas(readSchema()).component);
  return componentValidator;
}

function readSchema(): ConfigSchema {
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as ConfigSchema;
}

/** The loaded config and any problems (errors mean: do not go on). */
export interface LoadedConfig {
  config: Config;
  /** Path of the file read, relative to root, or null when there is none. */
  file: string | null;
  diagnostics: Diagnostic[];
}

/** Reads the config at `root` (optional file); defaults fill every gap. */
export async function loadConfig(root: string): Promise<LoadedConfig> {
  for (const name of CONFIG_FILES) {
    let text: string;
    try {
      text = await fs.readFile(path.join(root, name), 'utf8');
    } catch (e) {
      // Only a missing file means "no config"; anything else must not silently fall back to defaults.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      return { config: structuredClone(DEFAULT_CONFIG), file: name, diagnostics: [{ ruleId: 'config-syntax', severity: 'error', message: `Cannot read the config file: ${reason}`, file: name, start: { line: 1, column: 1 }, hint: 'Make docflow.config.yaml a readable file, or remove it to use the defaults.' }] };
    }
    return parseConfig(name, text);
  }
  return { config: structuredClone(DEFAULT_CONFIG), file: null, diagnostics: [] };
}

/** Parses and validates config text. */
export function parseConfig(file: string, text: string): LoadedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const at = lines.linePos(err.pos[0]);
    diagnostics.push({ ruleId: 'config-syntax', severity: 'error', message: `Invalid YAML: ${err.message.split('\n')[0]}`, file, start: { line: at.line, column: at.col } });
  }
  if (diagnostics.length > 0) return { config: structuredClone(DEFAULT_CONFIG), file, diagnostics };
  const data: unknown = doc.toJS() ?? {};
  diagnostics.push(...schemaDiagnostics(getConfigValidator(), data, doc, lines, file, 'config-schema'));
  if (diagnostics.length > 0) return { config: structuredClone(DEFAULT_CONFIG), file, diagnostics };
  return { config: mergeConfig(DEFAULT_CONFIG, data as Record<string, unknown>), file, diagnostics };
}

/**
 * Validates a component's front matter options: `doc` is the front matter
 * YAML as parsed (with `lines`) and `firstLine` the doc line it starts on.
 */
export function validateComponentOptions(file: string, doc: Document, lines: LineCounter, firstLine: number): Diagnostic[] {
  if (doc.errors.length > 0) return []; // the parser already reported the syntax error
  return schemaDiagnostics(getComponentValidator(), doc.toJS() ?? {}, doc, lines, file, 'invalid-front-matter').map((d) => ({
    ...d,
    start: { line: d.start.line + firstLine - 1, column: d.start.column },
  }));
}

/** Applies a component's front matter over the project config. */
export function componentConfig(config: Config, options: Record<string, unknown> | null | undefined): Config {
  if (!options) return config;
  const picked: Partial<ComponentOptions> = {};
  for (const key of COMPONENT_OPTION_KEYS) if (key in options) (picked as Record<string, unknown>)[key] = options[key];
  return mergeConfig(config, picked as Record<string, unknown>);
}

/** Config keys whose mappings merge key by key over the defaults. */
const SHALLOW_MERGED: ReadonlySet<string> = new Set<keyof Config>(['aws', 'guards', 'paths', 'browser', 'orchestrator', 'env', 'checkout']);

function mergeConfig(base: Config, data: Record<string, unknown>): Config {
  const out = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue;
    if (key === 'pins' && value && typeof value === 'object') {
      const pins = value as { samCli?: string; actions?: Record<string, string | { ref: string; version?: string }> };
      const target = out.pins as Config['pins'];
      if (pins.samCli) target.samCli = pins.samCli;
      for (const [repo, pin] of Object.entries(pins.actions ?? {})) {
        target.actions[repo] = typeof pin === 'string' ? { ref: pin, version: null } : { ref: pin.ref, version: pin.version ?? null };
      }
    } else if (key === 'site' && value && typeof value === 'object') {
      const site = value as Partial<Omit<SiteConfig, 'publish'>> & { publish?: Record<string, unknown> };
      const publish = site.publish ?? {};
      out.site = {
        ...DEFAULT_SITE,
        ...site,
        publish:
          publish.to === 's3'
            ? { to: 's3', bucket: publish.bucket, distribution: publish.distribution, environment: (publish.environment as string | undefined) ?? null }
            : { to: (publish.to as 'github-pages' | 'none' | undefined) ?? 'github-pages' },
      } as SiteConfig;
    } else if (key === 'site') {
      out.site = structuredClone(DEFAULT_SITE);
    } else if (SHALLOW_MERGED.has(key)) {
      out[key] = { ...(out[key] as object), ...(value as object) };
    } else if (key === 'sam') {
      const sam = value as Partial<Config['sam']> & { install?: Partial<Config['sam']['install']> };
      const target = out.sam as Config['sam'];
      out.sam = { ...target, ...sam, install: { ...target.install, ...(sam.install ?? {}) } };
    } else if (key === 'naming') {
      const naming = value as Partial<Config['naming']>;
      const target = out.naming as Config['naming'];
      out.naming = { ...target, ...naming, jobIds: { ...target.jobIds, ...(naming.jobIds ?? {}) } };
    } else if (key === 'deploy' || key === 'delete') {
      const workflow = out.workflow as Config['workflow'];
      out.workflow = { ...workflow, [key]: workflowOptions(value as Record<string, unknown>) };
    } else out[key] = value;
  }
  return out as unknown as Config;
}

/** Front matter `deploy:` / `delete:` with every key filled in. */
function workflowOptions(data: Record<string, unknown>): WorkflowOptions {
  const base = DEFAULT_CONFIG.workflow.deploy;
  const inputs: Record<string, WorkflowInput> = {};
  for (const [name, raw] of Object.entries((data.inputs ?? {}) as Record<string, Partial<WorkflowInput>>)) {
    inputs[name] = {
      description: raw.description ?? name,
      type: raw.type ?? (raw.options ? 'choice' : typeof raw.default === 'boolean' ? 'boolean' : 'string'),
      default: raw.default ?? null,
      ...(raw.options ? { options: raw.options } : {}),
      required: raw.required ?? false,
    };
  }
  const checkout = ((data.checkout ?? []) as { repository: string; ref?: ValueSource | ValueSource[]; path: string; token?: ValueSource }[]).map((c) => ({
    repository: c.repository,
    ref: c.ref === undefined ? [] : Array.isArray(c.ref) ? c.ref : [c.ref],
    path: c.path,
    token: c.token ?? null,
  }));
  const calls = data.calls as { job: string; workflow: string; with?: Record<string, string> } | undefined;
  const tests = data.tests as { workflow: string; with?: Record<string, string> } | undefined;
  return {
    if: (data.if as string | undefined) ?? base.if,
    name: (data.name as string | undefined) ?? base.name,
    on: (data.on as Record<string, unknown> | undefined) ?? base.on,
    inputs,
    checkout,
    tests: tests ? { workflow: tests.workflow, with: tests.with ?? {} } : null,
    orchestrated: (data.orchestrated as boolean | undefined) ?? base.orchestrated,
    env: (data.env as Record<string, string> | undefined) ?? base.env,
    calls: calls ? { job: calls.job, workflow: calls.workflow, with: calls.with ?? {} } : null,
    defaultEnvironment: (data.defaultEnvironment as string | undefined) ?? base.defaultEnvironment,
  };
}

function schemaDiagnostics(validate: ValidateFunction, data: unknown, doc: Document, lines: LineCounter, file: string, ruleId: string): Diagnostic[] {
  if (validate(data)) return [];
  const errors = mergeTypeErrors((validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== '$ref'));
  return errors.map((e) => ({
    ruleId,
    severity: 'error' as const,
    message: describe(e),
    file,
    start: pointAt(doc, lines, e),
    hint: 'See docs/config.md for every key and its type.',
  }));
}

/**
 * A `oneOf` (a pin is a string or an object) reports every branch. Keep what
 * helps: a value of neither type gets one `type` error naming both; a value
 * of the right type gets only its own errors, not "expected string".
 */
function mergeTypeErrors(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = [];
  for (const e of errors) {
    const prev = out.find((o) => o.keyword === 'type' && e.keyword === 'type' && o.instancePath === e.instancePath);
    if (prev) (prev.params as { type: string }).type += ` or ${(e.params as { type: string }).type}`;
    else out.push(e.keyword === 'type' ? { ...e, params: { ...e.params } } : e);
  }
  const within = (e: ErrorObject, path: string) => e.instancePath === path || e.instancePath.startsWith(`${path}/`);
  return out.filter((e) => e.keyword !== 'type' || !out.some((o) => o.keyword !== 'type' && within(o, e.instancePath)));
}

/** JSON pointer segments, unescaped (`actions~1checkout` → `actions/checkout`). */
function pointerSegments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describe(e: ErrorObject): string {
  const at = e.instancePath ? `\`${pointerSegments(e.instancePath).join('.')}\`` : 'the top level';
  switch (e.keyword) {
    case 'additionalProperties':
      return `Unknown key \`${(e.params as { additionalProperty: string }).additionalProperty}\` in ${at}`;
    case 'type':
      return `Unexpected type for ${at}, expected ${(e.params as { type: string }).type}`;
    case 'pattern':
      return `Unexpected value for ${at}: it must match ${(e.params as { pattern: string }).pattern}`;
    default:
      return `Invalid ${at}: ${e.message ?? e.keyword}`;
  }
}

function pointAt(doc: Document, lines: LineCounter, e: ErrorObject): Point {
  const segments = pointerSegments(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    const parent = doc.getIn(segments, true);
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key);
      const range = pair && isNode(pair.key) ? pair.key.range : undefined;
      if (range) return toPoint(lines, range[0]);
    }
  }
  const node = segments.length > 0 ? doc.getIn(segments, true) : doc.contents;
  const range = isNode(node) ? node.range : undefined;
  return toPoint(lines, range?.[0] ?? 0);
}

function toPoint(lines: LineCounter, offset: number): Point {
  const p = lines.linePos(offset);
  return { line: p.line, column: p.col };
}
