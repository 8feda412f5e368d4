/**
 * What the diagram tests share: generating a project's diagrams through the
 * public API, reading generated Mermaid back (entity codes decoded), reading
 * the text an SVG shows, golden files, fixture copies, and the browser the
 * rendering tests use.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { type Diagnostic, normalizeDiagnostics } from '../../generators/diagnostics/diagnostic.js';
import type { GeneratedFile } from '../../generators/emit/files.js';
import { generateWorkflows } from '../../generators/emit/generate.js';
import { loadProject, type Project } from '../../generators/project.js';
import { type BrowserLocation, findBrowser } from '../../generators/render/index.js';
import { repoRoot } from '../helpers/world.js';

/** test/fixtures/diagrams: one folder per case. */
export const FIXTURES_DIR = path.join(repoRoot, 'test/fixtures/diagrams');

/** Case names, sorted. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** A project and the diagrams it generates. */
export interface Diagrams {
  project: Project;
  /** The `.mmd` files, sorted by path. */
  files: GeneratedFile[];
  /** Config, doc and generation diagnostics, sorted. */
  diagnostics: Diagnostic[];
}

/** Loads the project at `root` and generates its diagrams in memory (nothing is written, actionlint is not run). */
export async function generateDiagrams(root: string): Promise<Diagrams> {
  const project = await loadProject({ root });
  const out = generateWorkflows({ analysis: project.analysis, config: project.config, templates: project.templates });
  return {
    project,
    files: out.files.filter((f) => f.path.endsWith('.mmd')),
    diagnostics: normalizeDiagnostics([...project.configDiagnostics, ...project.analysis.diagnostics, ...out.diagnostics]),
  };
}

// ---------------------------------------------------------------------------
// Reading generated Mermaid back

const ENTITY = /#(\d+|quot|lt|gt|amp);/g;
const NAMED: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };

/** Mermaid entity codes (`#59;`, `#quot;`) → characters, in one left-to-right pass as Mermaid does. */
export function decodeMermaid(text: string): string {
  return text.replace(ENTITY, (_, code: string) => NAMED[code] ?? String.fromCodePoint(Number(code)));
}

/**
 * Asserts that `raw` (a label or message as written in the `.mmd`) holds no
 * character Mermaid could read as syntax: each of them must be an entity code.
 */
export function expectMermaidSafe(raw: string, where: string): void {
  const bare = raw.replace(ENTITY, '');
  expect(bare, `${where}: raw Mermaid syntax character in \`${raw}\``).not.toMatch(/[;#"<>{}%:\r\n]/);
  expect(raw, `${where}: untrimmed text`).toBe(raw.trim());
}

/** A participant line: `participant Runner as GitHub Actions runner`. */
export interface ParsedParticipant {
  kind: 'actor' | 'participant';
  id: string;
  /** Decoded. */
  label: string;
  raw: string;
}

/** One statement line of a sequence diagram; texts decoded, `raw` as written. */
export type ParsedStatement = { line: number; depth: number } & (
  | { type: 'message'; from: string; arrow: '->>' | '-->>'; to: string; text: string; raw: string }
  | { type: 'note'; over: string; text: string; raw: string }
  | { type: 'block'; keyword: 'alt' | 'else' | 'opt'; label: string; raw: string }
  | { type: 'end' }
);

/** A generated sequence diagram, read back. */
export interface ParsedSequence {
  header: string;
  title: string;
  participants: ParsedParticipant[];
  statements: ParsedStatement[];
}

/**
 * Parses a sequence diagram docflow generates (the built-in template's
 * shape). Any line it does not recognise fails the test, as does a block
 * that is not closed or an `else` outside `alt`.
 */
export function parseSequence(content: string, where: string): ParsedSequence {
  const lines = content.split('\n');
  expect(lines.pop(), `${where}: ends with exactly one newline`).toBe('');
  expect(lines.at(-1), `${where}: ends with exactly one newline`).not.toBe('');
  const [header = '', kind, titleLine, ...rest] = lines;
  expect(kind, `${where}: line 2`).toBe('sequenceDiagram');
  const title = /^ {2}title (.+)$/.exec(titleLine ?? '')?.[1];
  expect(title, `${where}: line 3 is the title`).toBeDefined();
  const participants: ParsedParticipant[] = [];
  const statements: ParsedStatement[] = [];
  const open: string[] = [];
  rest.forEach((text, i) => {
    const line = i + 4;
    const at = `${where}:${line}`;
    let m: RegExpExecArray | null;
    if ((m = /^ {2}(actor|participant) (\w+) as (.+)$/.exec(text))) {
      expect(statements, `${at}: participants come first`).toEqual([]);
      participants.push({ kind: m[1] as 'actor' | 'participant', id: m[2]!, label: decodeMermaid(m[3]!), raw: m[3]! });
      return;
    }
    const indent = /^( *)/.exec(text)![1]!.length;
    const body = text.slice(indent);
    const depth = body === 'end' || body.startsWith('else ') ? open.length - 1 : open.length;
    expect(indent, `${at}: indentation \`${text}\``).toBe(2 + 2 * depth);
    if ((m = /^(\w+)(->>|-->>)(\w+): (.+)$/.exec(body))) {
      statements.push({ line, depth, type: 'message', from: m[1]!, arrow: m[2] as '->>' | '-->>', to: m[3]!, text: decodeMermaid(m[4]!), raw: m[4]! });
    } else if ((m = /^Note over (\w+): (.+)$/.exec(body))) {
      statements.push({ line, depth, type: 'note', over: m[1]!, text: decodeMermaid(m[2]!), raw: m[2]! });
    } else if ((m = /^(alt|else|opt) (.+)$/.exec(body))) {
      const keyword = m[1] as 'alt' | 'else' | 'opt';
      if (keyword === 'else') expect(open.at(-1), `${at}: else outside alt`).toBe('alt');
      else open.push(keyword);
      statements.push({ line, depth, type: 'block', keyword, label: decodeMermaid(m[2]!), raw: m[2]! });
    } else if (body === 'end') {
      expect(open.pop(), `${at}: end without a block`).toBeDefined();
      statements.push({ line, depth, type: 'end' });
    } else {
      throw new Error(`${at}: unexpected line \`${text}\``);
    }
  });
  expect(open, `${where}: unclosed blocks`).toEqual([]);
  return { header, title: title!, participants, statements };
}

/** A generated system graph, read back. */
export interface ParsedDag {
  header: string;
  waves: { id: string; label: string; nodes: { id: string; label: string; raw: string }[] }[];
  edges: { from: string; to: string }[];
  links: { id: string; url: string; tooltip: string; raw: string }[];
}

/** Parses the `deploy-all-dag.mmd` docflow generates; an unknown line fails the test. */
export function parseDag(content: string, where: string): ParsedDag {
  const lines = content.split('\n');
  expect(lines.pop(), `${where}: ends with exactly one newline`).toBe('');
  const [header = '', kind, ...rest] = lines;
  expect(kind, `${where}: line 2`).toBe('flowchart LR');
  const dag: ParsedDag = { header, waves: [], edges: [], links: [] };
  let wave: ParsedDag['waves'][number] | null = null;
  rest.forEach((text, i) => {
    const at = `${where}:${i + 3}`;
    let m: RegExpExecArray | null;
    if ((m = /^ {2}subgraph (\w+)\["(.+)"\]$/.exec(text))) {
      expect(wave, `${at}: nested subgraph`).toBeNull();
      wave = { id: m[1]!, label: decodeMermaid(m[2]!), nodes: [] };
      dag.waves.push(wave);
    } else if ((m = /^ {4}(\w+)\["(.+)"\]$/.exec(text))) {
      expect(wave, `${at}: node outside a wave`).not.toBeNull();
      wave!.nodes.push({ id: m[1]!, label: decodeMermaid(m[2]!), raw: m[2]! });
    } else if (text === '  end') {
      expect(wave, `${at}: end without subgraph`).not.toBeNull();
      wave = null;
    } else if ((m = /^ {2}(\w+) --> (\w+)$/.exec(text))) {
      dag.edges.push({ from: m[1]!, to: m[2]! });
    } else if ((m = /^ {2}click (\w+) href "([^"]+)" "(.+)"$/.exec(text))) {
      dag.links.push({ id: m[1]!, url: m[2]!, tooltip: decodeMermaid(m[3]!), raw: m[3]! });
    } else {
      throw new Error(`${at}: unexpected line \`${text}\``);
    }
  });
  expect(wave, `${where}: unclosed subgraph`).toBeNull();
  return dag;
}

// ---------------------------------------------------------------------------
// Reading an SVG

const XML_ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|quot|apos|amp|nbsp));/gi;
const XML_NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', nbsp: '\u00a0' };

/** XML character references and the predefined entities → characters. */
export function decodeXml(text: string): string {
  return text.replace(XML_ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : XML_NAMED[name!.toLowerCase()]!,
  );
}

/**
 * The texts an SVG shows, as a reader sees them: each `<text>` element and
 * each HTML label (`<foreignObject>`), tags dropped, entities decoded.
 */
export function svgTexts(svg: string): string[] {
  const out: string[] = [];
  for (const m of svg.matchAll(/<(text|foreignObject)\b[^>]*>([\s\S]*?)<\/\1>/g)) out.push(decodeXml(m[2]!.replace(/<[^>]*>/g, '')).trim());
  return out;
}

// ---------------------------------------------------------------------------
// Goldens, copies, the browser

/** True when goldens are rewritten instead of compared. */
export const updating = process.env.UPDATE_GOLDENS === '1';

/**
 * Compares `actual` with the golden `file`. `UPDATE_GOLDENS=1` rewrites it. A
 * missing golden fails: under CI outright, locally after writing it for review.
 */
export function expectGolden(file: string, actual: string): void {
  const shown = path.relative(repoRoot, file);
  if (updating) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`Missing golden ${shown}. CI is set, so it is not created here: run \`UPDATE_GOLDENS=1 npx vitest run test/diagrams\` locally, review it and commit it.`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    throw new Error(`Wrote missing golden ${shown}. Review it, commit it, and re-run.`);
  }
  expect(actual, `${shown} differs; if the change is intended, re-run with UPDATE_GOLDENS=1 and review the diff`).toBe(readFileSync(file, 'utf8'));
}

/** A temp copy of a fixture case's inputs (docs, config, templates; not its goldens). Remove it with {@link removeCopy}. */
export function copyCase(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `docflow-diagrams-${name}-`));
  for (const entry of ['docs', 'docflow.config.yaml', 'templates']) {
    const from = path.join(FIXTURES_DIR, name, entry);
    if (existsSync(from)) cpSync(from, path.join(dir, entry), { recursive: true });
  }
  return dir;
}

/** Removes a directory made by {@link copyCase}. */
export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The browser the rendering tests use, found as docflow finds one. Without
 * one they skip locally; under CI that is an error, never a silent green.
 */
export function testBrowser(): BrowserLocation | undefined {
  const found = findBrowser();
  if (!found && process.env.CI) {
    throw new Error(
      'No Chromium or Chrome found, and CI is set: the diagram rendering tests must not be skipped in CI. ' +
        'Install it (`apt-get install chromium`) or set PUPPETEER_EXECUTABLE_PATH.',
    );
  }
  return found ?? undefined;
}
