/**
 * docflow inside a site that already exists (docs/site.md): the fixture has
 * its own home page, guide pages and sidebar. The test writes the config
 * and the graph page exactly as docs/site.md shows them, generates, builds
 * with VitePress, and reads the built pages.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fencedBlocks } from '../helpers/fenced.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot, vitepressBuild } from './support.js';

// Inside the repo, so the config's `import 'docflow/vitepress'` resolves to this package.
const site = path.join(repoRoot, 'out/test-sites/existing');
const dist = path.join(site, 'docs/.vitepress/dist');
const read = (page: string) => readFileSync(path.join(dist, page), 'utf8');

describe('an existing VitePress site with docflow components in one section', () => {
  beforeAll(async () => {
    rmSync(site, { recursive: true, force: true });
    mkdirSync(path.dirname(site), { recursive: true });
    cpSync(path.join(repoRoot, 'test/fixtures/site/existing'), site, { recursive: true });
    const files = fencedBlocks(readFileSync(path.join(repoRoot, 'docs/site.md'), 'utf8')).filter((b) => b.attrs.file);
    expect(files.map((b) => b.attrs.file)).toEqual(['docs/.vitepress/config.mts', 'docs/platform/graph.md']);
    for (const b of files) {
      mkdirSync(path.dirname(path.join(site, b.attrs.file!)), { recursive: true });
      writeFileSync(path.join(site, b.attrs.file!), b.body);
    }
    const generated = await runCli(['generate', '--no-render', '--root', site]);
    expect(generated.code, generated.stderr).toBe(0);
    await vitepressBuild(site, 'docs');
  }, 600_000);

  it('keeps the site own pages and sidebar, with the components in their section', () => {
    const guide = read('guide/getting-started.html');
    expect(guide).toContain('href="/guide/on-call.html"');
    for (const page of ['platform/components/index.html', 'platform/components/users-api.html', 'guide/on-call.html']) {
      const html = read(page);
      expect(html, page).toContain('href="/guide/getting-started.html"');
      expect(html, page).toContain('href="/platform/components/users-table.html"');
      expect(html, page).toContain('href="/platform/graph.html"');
    }
    // users-table sets `group: Data`; users-api has none and sits in its deploy wave.
    const sidebar = read('platform/components/users-api.html');
    expect(sidebar).toMatch(/<h3 class="text"[^>]*>Data<\/h3>/);
    expect(sidebar).toMatch(/<h3 class="text"[^>]*>Wave 2<\/h3>/);
    expect(sidebar.indexOf(">Getting started<")).toBeLessThan(sidebar.indexOf(">Data</h3>"));
  });

  it('adds the generated sections to a component page, and not to its doc', () => {
    const html = read('platform/components/users-api.html');
    expect(html).toContain('id="docflow-workflows"');
    expect(html).toContain('deploy-users-api.yml');
    expect(html).toContain('id="docflow-blast-radius"');
    expect(html).toContain('id="docflow-prerequisites"');
    expect(html).toContain('href="/platform/components/users-table.html"');
    expect(readFileSync(path.join(site, 'docs/platform/components/users-api.md'), 'utf8')).not.toContain('docflow-workflows');
  });

  it('draws the graph on the page that asks for it, with links to the component pages', () => {
    const html = read('platform/graph.html');
    expect(html).toContain('Every component, in the waves');
    for (const id of ['users-api', 'users-table']) expect(html).toContain(`href="/platform/components/${id}.html" class="docflow-graph-node" data-component="${id}"`);
  });
});
