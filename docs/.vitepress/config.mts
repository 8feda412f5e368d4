// The docs site of this repo: docflow's own docs and the example system's
// components. docflow provides the components sidebar and the generated
// sections of the component pages (docs/site.md).
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import { docflow, docflowMarkdown, docflowSidebar } from 'docflow/vitepress';

const root = fileURLToPath(new URL('../..', import.meta.url));
const components = await docflowSidebar({ root, base: '/components/' });

// The docs workflow sets DOCS_BASE to the GitHub Pages base path.
const base = process.env.DOCS_BASE || '/';

export default defineConfig({
  title: 'docflow',
  description: 'Component docs as the single source of truth for AWS pipelines: generated workflows, diagrams and this site.',
  base,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }]],
  outDir: '../out/site',
  cacheDir: '../node_modules/.cache/vitepress',
  cleanUrls: false,
  themeConfig: {
    nav: [
      { text: 'Components', link: '/components/' },
      { text: 'Graph', link: '/graph' },
      { text: 'Guide', link: '/FORMAT' },
    ],
    sidebar: [
      {
        text: 'docflow',
        items: [
          { text: 'Doc format', link: '/FORMAT' },
          { text: 'Rules', link: '/rules' },
          { text: 'Configuration', link: '/config' },
          { text: 'Step kinds', link: '/step-kinds' },
          { text: 'Orchestration', link: '/orchestration' },
          { text: 'Command line', link: '/cli' },
          { text: 'The docs site', link: '/site' },
        ],
      },
      { text: 'Components', items: [...components, { text: 'Dependency graph', link: '/graph' }] },
    ],
    search: { provider: 'local' },
    outline: [2, 3],
  },
  markdown: { config: docflowMarkdown },
  vite: { plugins: [docflow({ root })] },
  async buildEnd(site) {
    // Linked from config.md; VitePress copies only pages and the assets they import.
    for (const schema of ['config.schema.json', 'model.schema.json', 'docflow-problem-matcher.json']) await copyFile(path.join(site.srcDir, schema), path.join(site.outDir, schema));
  },
});
