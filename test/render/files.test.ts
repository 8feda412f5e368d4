import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DiagramFileJob,
  NoBrowserError,
  type Renderer,
  embeddedSourceHash,
  openRenderer,
  renderDiagramFiles,
  sourceHash,
} from '../../generators/render/index.js';
import { browserPath, deleteDiagram, deployDiagram, testBrowser } from './support.js';

// A path that cannot start: any attempt to launch a browser would throw.
const NO_SUCH_BROWSER = '/nonexistent/docflow-test/chromium';

describe.skipIf(!testBrowser)('renderDiagramFiles', () => {
  let dir: string;
  let renderer: Renderer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docflow-render-files-'));
    renderer = await openRenderer({ executablePath: browserPath() });
  });
  afterAll(async () => {
    await renderer?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const job = (name: string, source: string): DiagramFileJob => ({
    mmdPath: `docs/components/images/${name}.mmd`,
    svgPath: join(dir, 'images', `${name}.svg`),
    source,
  });

  it('renders missing SVGs, then renders nothing and starts no browser', async () => {
    const jobs = [job('deploy', deployDiagram), job('delete', deleteDiagram)];
    const first = await renderDiagramFiles(jobs, { executablePath: browserPath() });
    expect(first).toMatchObject({ rendered: 2, cached: 0, failed: 0, errors: [], launched: true });
    expect(first.written).toEqual([jobs[1]!.svgPath, jobs[0]!.svgPath].sort());
    for (const j of jobs) expect(embeddedSourceHash(readFileSync(j.svgPath, 'utf8'))).toBe(sourceHash(j.source));

    const second = await renderDiagramFiles(jobs, { executablePath: NO_SUCH_BROWSER });
    expect(second).toMatchObject({ rendered: 0, cached: 2, failed: 0, written: [], launched: false, launchMs: 0 });
  });

  it('re-renders only the diagram whose source changed, writing atomically', async () => {
    const jobs = [job('a', deployDiagram), job('b', deleteDiagram)];
    await renderDiagramFiles(jobs, { renderer });
    const before = statSync(jobs[0]!.svgPath).mtimeMs;

    const changed = [jobs[0]!, { ...jobs[1]!, source: deleteDiagram.replace('(dev)', '(staging)') }];
    const result = await renderDiagramFiles(changed, { renderer });
    expect(result).toMatchObject({ rendered: 1, cached: 1, written: [jobs[1]!.svgPath] });
    expect(statSync(jobs[0]!.svgPath).mtimeMs).toBe(before);
    expect(readFileSync(jobs[1]!.svgPath, 'utf8')).toContain('Delete orders-api (staging)');
    // No temp files are left next to the SVGs.
    expect(readdirSync(join(dir, 'images')).filter((name) => !name.endsWith('.svg'))).toEqual([]);
  });

  it('treats an SVG without a hash, or with another hash, as stale', async () => {
    const handMade = job('hand-made', deployDiagram);
    writeFileSync(handMade.svgPath, '<svg xmlns="http://www.w3.org/2000/svg"></svg>\n');
    const result = await renderDiagramFiles([handMade], { renderer });
    expect(result).toMatchObject({ rendered: 1, cached: 0, written: [handMade.svgPath] });
  });

  it('reports a broken diagram by its .mmd path and line, renders the rest, keeps the old SVG', async () => {
    const good = job('good', deployDiagram);
    const broken = job('broken', 'sequenceDiagram\n  A->>B: ok\n');
    await renderDiagramFiles([broken], { renderer });
    const oldSvg = readFileSync(broken.svgPath, 'utf8');

    broken.source = '%% header\nsequenceDiagram\n  A->>B: ok\n  A->>: broken\n';
    const result = await renderDiagramFiles([broken, good], { renderer });
    expect(result.rendered).toBe(1);
    expect(result.failed).toBe(1);
    expect(result.errors).toEqual([
      expect.objectContaining({ key: 'docs/components/images/broken.mmd', line: 4 }),
    ]);
    expect(readFileSync(broken.svgPath, 'utf8')).toBe(oldSvg);
    expect(embeddedSourceHash(readFileSync(good.svgPath, 'utf8'))).toBe(sourceHash(deployDiagram));
  });

  it('throws NoBrowserError, with how to get one, only when something is stale', async () => {
    const nothingFound = { env: {}, systemPaths: [], puppeteerCache: false };
    const fresh = job('needs-browser', deleteDiagram.replace('(dev)', '(qa)'));
    const error = await renderDiagramFiles([fresh], { browser: nothingFound }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoBrowserError);
    expect((error as Error).message).toMatch(/apt-get install chromium/);
    expect((error as Error).message).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
    expect((error as Error).message).toMatch(/browser\.executablePath/);

    const upToDate = job('up-to-date', deployDiagram);
    await renderDiagramFiles([upToDate], { renderer });
    const result = await renderDiagramFiles([upToDate], { browser: nothingFound });
    expect(result).toMatchObject({ cached: 1, launched: false });
  });
});
