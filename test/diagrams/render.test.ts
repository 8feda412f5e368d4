/**
 * The generated diagrams rendered by Mermaid in Chromium (one browser for the
 * file, every diagram in one batch): each renders, and the SVG shows what
 * the `.mmd` says, in the doc's own characters. Skipped locally without a
 * browser; under CI a missing browser fails (support.ts).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generators/emit/files.js';
import { type DiagramResult, embeddedSourceHash, openRenderer, type Renderer, sourceHash } from '../../generators/render/index.js';
import { repoRoot } from '../helpers/world.js';
import { type Diagrams, FIXTURES_DIR, generateDiagrams, parseDag, parseSequence, svgTexts, testBrowser } from './support.js';

const browser = testBrowser();

/** A generated diagram and how it rendered. */
interface Rendered {
  file: GeneratedFile;
  svg: string;
  /** What the SVG shows, one entry per text element. */
  texts: string[];
}

describe.skipIf(!browser)('diagrams rendered in Chromium', () => {
  let renderer: Renderer | undefined;
  const projects = new Map<string, Diagrams>();
  const rendered = new Map<string, Rendered>();
  const failed: string[] = [];

  /** `example` or a fixture case name → its diagrams. */
  const SOURCES = { example: repoRoot, escaping: path.join(FIXTURES_DIR, 'escaping'), 'front-matter-service': path.join(FIXTURES_DIR, 'front-matter-service') };

  beforeAll(async () => {
    for (const [name, root] of Object.entries(SOURCES)) projects.set(name, await generateDiagrams(root));
    renderer = await openRenderer({ executablePath: browser!.path });
    const jobs = [...projects].flatMap(([name, d]) => d.files.map((file) => ({ key: `${name}:${path.posix.basename(file.path)}`, file })));
    const results: DiagramResult[] = await renderer.render(jobs.map((j) => ({ key: j.key, source: j.file.content })));
    results.forEach((r, i) => {
      if (r.ok) rendered.set(r.key, { file: jobs[i]!.file, svg: r.svg, texts: svgTexts(r.svg) });
      else failed.push(`${r.key}:${r.error.line}: ${r.error.message}`);
    });
  });
  afterAll(async () => {
    await renderer?.close();
  });

  const get = (key: string): Rendered => {
    const r = rendered.get(key);
    if (!r) throw new Error(`${key} did not render`);
    return r;
  };
  const keysOf = (name: string) => projects.get(name)!.files.map((f) => `${name}:${path.posix.basename(f.path)}`);

  it('renders every generated diagram', () => {
    expect(failed).toEqual([]);
    expect(keysOf('example').length).toBeGreaterThan(25);
    for (const name of Object.keys(SOURCES)) for (const key of keysOf(name)) expect(rendered.has(key), key).toBe(true);
  });

  it('every example sequence diagram is a non-empty SVG of its source that names its participants and says each message', () => {
    const keys = keysOf('example').filter((k) => !k.endsWith('deploy-all-dag.mmd'));
    for (const key of keys) {
      const { file, svg, texts } = get(key);
      expect(svg, key).toMatch(/^<svg[\s>][\s\S]*<\/svg>\n$/);
      expect(embeddedSourceHash(svg), key).toBe(sourceHash(file.content));
      const seq = parseSequence(file.content, file.path);
      expect(seq.participants.length, key).toBeGreaterThanOrEqual(2);
      for (const p of seq.participants) expect(texts, `${key}: participant ${p.id} as ${p.label}`).toContain(p.label);
      for (const s of seq.statements) if (s.type === 'message' || s.type === 'note') expect(texts, `${key}:${s.line}`).toContain(s.text);
      expect(texts, key).toContain(seq.title);
    }
  });

  it('the escaping fixture shows the doc text as written: decoded, not as entity codes or markup', () => {
    for (const key of ['escaping:deploy-edge-cases.mmd', 'escaping:delete-edge-cases.mmd']) {
      const { svg, texts } = get(key);
      expect(texts, key).toEqual(
        expect.arrayContaining([
          'Cause: A row whose scenario is a Mermaid keyword; "quoted" & #hash — Resolution: Nothing: it only has to render',
          'Cause: 50% of %% runs <br> hit a limit | or two — Resolution: Re-run: delete-edge-cases first — ✓ 完了',
          '[end]',
          '[Deploy fails: ROLLBACK_COMPLETE; see {logs}]',
          'result; on failure the run summary lists the failure scenarios',
        ]),
      );
      // `<br>` stays text: no line break element, no text split in two.
      expect(svg, key).not.toMatch(/<br\b/i);
    }
    const { texts } = get('escaping:deploy-edge-cases.mmd');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Say "hello"; count #1 <br> then {braces}: 100%% done — ünïcödé ✓ 日本語',
        'Runner->>STS: not a message; end, costs $$x^2$$ and fa:fa-car',
        '%% not a comment #lt; #59; & <b>',
      ]),
    );
    // Entity codes show only where the doc itself wrote them.
    expect(texts.filter((t) => /#(?:\d+|quot|lt|gt|amp);/.test(t))).toEqual(['%% not a comment #lt; #59; & <b>']);
  });

  it('a service named in front matter shows as written', () => {
    const label = 'Amazon Kinesis Data Streams (shard #1; "hot": {on})';
    const { texts } = get('front-matter-service:deploy-func-ingest.mmd');
    expect(texts).toContain(label);
    expect(texts).toContain(`provision ${label} resources`);
  });

  it('the system graph has a node per component, each linking its doc, in its wave', () => {
    const { file, svg, texts } = get('example:deploy-all-dag.mmd');
    const components = projects.get('example')!.project.analysis.components;
    const dag = parseDag(file.content, file.path);
    const nodes = dag.waves.flatMap((w) => w.nodes);
    expect(nodes).toHaveLength(components.length);
    const groups = [...svg.matchAll(/<g class="node\b[^"]*" id="[^"]*-flowchart-(\w+)-\d+"/g)].map((m) => m[1]);
    expect(groups.sort()).toEqual(nodes.map((n) => n.id).sort());
    for (const n of nodes) expect(texts, n.id).toContain(n.label);
    for (const c of components) expect(texts, c.id).toContain(c.stack ? c.id : `${c.id} (no stack)`);
    for (const l of dag.links) expect(svg, l.id).toContain(`xlink:href="${l.url}"`);
    for (const w of dag.waves) expect(texts, w.id).toContain(w.label);
    for (const e of dag.edges) expect(svg, `${e.from} --> ${e.to}`).toMatch(new RegExp(`data-id="L_${e.from}_${e.to}_\\d+"`));
  });
});
