/**
 * docflow inside a VitePress site (docs/site.md): the generated sidebar for
 * the components section, and a Vite plugin that adds the generated
 * sections to component pages, serves the components index fresh, and
 * draws the graph on a page whose front matter says `docflow: graph`.
 * The only I/O of the site: it loads the project; the generators stay pure.
 */
import path from 'node:path';
import pc from 'picocolors';
import { formatText } from '../diagnostics/report/text.js';
import { computeOutputs } from '../outputs.js';
import { loadProject } from '../project.js';
import { componentSections } from './component-sections.js';
import type { SiteInputs } from './context.js';
import { graphHtml } from './graph.js';
import { componentsIndex, indexPath } from './index-page.js';
import { componentSidebar, type SidebarItem, type SidebarOptions } from './sidebar.js';

export type { SidebarItem } from './sidebar.js';

/** Where the docflow project is. */
export interface DocflowSiteOptions {
  /** The project root (where docflow.config.yaml is). Default: the current directory. */
  root?: string;
  /** The docs folder relative to the root; default: `paths.docs` from the config. */
  docs?: string;
}

/** Loads the project and computes what the site shows. Throws on a config error, with its diagnostics. */
export async function loadSite(options: DocflowSiteOptions = {}): Promise<SiteInputs & { root: string }> {
  const root = path.resolve(options.root ?? process.cwd());
  const project = await loadProject({ root, ...(options.docs !== undefined ? { docs: options.docs } : {}) });
  if (project.configDiagnostics.some((d) => d.severity === 'error')) {
    throw new Error(`docflow: the config has errors:\n${formatText(project.configDiagnostics, { colors: pc.createColors(false), verbose: true })}`);
  }
  const outputs = await computeOutputs(project, { lint: false });
  return { root, analysis: project.analysis, config: project.config, files: outputs.files };
}

/** The components section of a sidebar, generated from the model (front-matter `group`, else deploy wave). */
export async function docflowSidebar(options: DocflowSiteOptions & SidebarOptions): Promise<SidebarItem[]> {
  return componentSidebar(await loadSite(options), options);
}

/** The parts of a Vite plugin docflow uses (typed here so docflow needs no Vite types). */
export interface DocflowVitePlugin {
  name: string;
  enforce: 'pre';
  configResolved(config: { vitepress?: VitePressSiteConfig }): void;
  transform(code: string, id: string): Promise<string | null>;
  handleHotUpdate(ctx: { file: string; server: DevServer }): Promise<unknown[] | void>;
}

interface VitePressSiteConfig {
  srcDir: string;
  cleanUrls?: boolean;
  site: { base: string };
  rewrites?: { map: Record<string, string | undefined> };
}

interface DevServer {
  moduleGraph: { getModuleById(id: string): unknown; invalidateModule(mod: never): void };
  ws: { send(payload: { type: 'full-reload' }): void };
}

const GRAPH_PAGE = /^---\r?\n(?:[^\n]*\n)*?docflow:\s*graph\s*\r?\n(?:[^\n]*\n)*?---/;

/**
 * The Vite plugin (`vite: { plugins: [docflow()] }`). It reads the project
 * once and again whenever a doc or the config changes, so `vitepress dev`
 * shows every change on every page it affects.
 */
export function docflow(options: DocflowSiteOptions = {}): DocflowVitePlugin {
  let site: Promise<SiteInputs & { root: string }> | null = null;
  let vitepress: VitePressSiteConfig | null = null;
  const transformed = new Set<string>();
  const current = () => (site ??= loadSite(options));
  const pageUrl = (file: string) => {
    if (!vitepress) return `/${file.replace(/\.md$/, '.html')}`;
    const rel = path.relative(vitepress.srcDir, file).split(path.sep).join('/');
    const route = (vitepress.rewrites?.map[rel] ?? rel).replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, vitepress.cleanUrls ? '' : '.html');
    return `${vitepress.site.base.replace(/\/?$/, '/')}${route}`;
  };
  return {
    name: 'docflow',
    enforce: 'pre',
    configResolved(config) {
      vitepress = config.vitepress ?? null;
    },
    async transform(code, id) {
      if (!id.endsWith('.md')) return null;
      const inputs = await current();
      const file = path.relative(inputs.root, id).split(path.sep).join('/');
      if (file === indexPath(inputs) && inputs.config.site) {
        transformed.add(id);
        return componentsIndex(inputs, 'site', graphBlock(inputs, pageUrl)).content;
      }
      const component = inputs.analysis.components.find((c) => c.file === file && inputs.analysis.byId.get(c.id) === c);
      if (component) {
        transformed.add(id);
        return `${code.replace(/\n*$/, '\n')}${componentSections(inputs, component.id)}`;
      }
      if (GRAPH_PAGE.test(code)) {
        transformed.add(id);
        return `${code.replace(/\n*$/, '\n')}\n${graphBlock(inputs, pageUrl)}\n`;
      }
      return null;
    },
    async handleHotUpdate({ file, server }) {
      const inputs = await current();
      const rel = path.relative(inputs.root, file).split(path.sep).join('/');
      const docs = inputs.config.paths.docs.replace(/\/+$/, '');
      if (!(rel.endsWith('.md') && rel.startsWith(`${docs}/`)) && !/^docflow\.config\.ya?ml$/.test(rel)) return;
      site = loadSite(options);
      await site;
      for (const id of transformed) {
        const mod = server.moduleGraph.getModuleById(id);
        if (mod) server.moduleGraph.invalidateModule(mod as never);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

/** The graph as an HTML block of a page: one block, no blank line, so Markdown leaves it as is. */
function graphBlock(inputs: SiteInputs & { root: string }, pageUrl: (file: string) => string): string {
  const svg = graphHtml(inputs, { href: (id) => pageUrl(path.join(inputs.root, inputs.analysis.byId.get(id)!.file)) });
  return `<div class="docflow-graph-wrap" style="overflow-x:auto">\n${svg}\n</div>`;
}

/** The part of markdown-it that {@link docflowMarkdown} touches. */
interface MarkdownIt {
  renderer: { rules: Record<string, ((tokens: never[], idx: number, options: unknown, env: unknown, self: unknown) => string) | undefined> };
}

/**
 * `markdown: { config: docflowMarkdown }`: inline code is shown as written.
 * VitePress compiles pages as Vue templates, so a code span holding a GitHub
 * expression (`${{ inputs.environment }}`) would otherwise be evaluated.
 */
export function docflowMarkdown(md: MarkdownIt): void {
  const inline = md.renderer.rules.code_inline;
  if (!inline) return;
  md.renderer.rules.code_inline = (...args) => inline(...args).replace(/^<code/, '<code v-pre');
}
