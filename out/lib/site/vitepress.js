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
import { graphHtml } from './graph.js';
import { componentsIndex, indexPath } from './index-page.js';
import { componentSidebar } from './sidebar.js';
/** Loads the project and computes what the site shows. Throws on a config error, with its diagnostics. */
export async function loadSite(options = {}) {
    const root = path.resolve(options.root ?? process.cwd());
    const project = await loadProject({ root, ...(options.docs !== undefined ? { docs: options.docs } : {}) });
    if (project.configDiagnostics.some((d) => d.severity === 'error')) {
        throw new Error(`docflow: the config has errors:\n${formatText(project.configDiagnostics, { colors: pc.createColors(false), verbose: true })}`);
    }
    const outputs = await computeOutputs(project, { lint: false });
    return { root, analysis: project.analysis, config: project.config, files: outputs.files };
}
/** The components section of a sidebar, generated from the model (front-matter `group`, else deploy wave). */
export async function docflowSidebar(options) {
    return componentSidebar(await loadSite(options), options);
}
const GRAPH_PAGE = /^---\r?\n(?:[^\n]*\n)*?docflow:\s*graph\s*\r?\n(?:[^\n]*\n)*?---/;
/**
 * The Vite plugin (`vite: { plugins: [docflow()] }`). It reads the project
 * once and again whenever a doc or the config changes, so `vitepress dev`
 * shows every change on every page it affects.
 */
export function docflow(options = {}) {
    let site = null;
    let vitepress = null;
    const transformed = new Set();
    const current = () => (site ??= loadSite(options));
    const pageUrl = (file) => {
        if (!vitepress)
            return `/${file.replace(/\.md$/, '.html')}`;
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
            if (!id.endsWith('.md'))
                return null;
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
            if (!(rel.endsWith('.md') && rel.startsWith(`${docs}/`)) && !/^docflow\.config\.ya?ml$/.test(rel))
                return;
            site = loadSite(options);
            await site;
            for (const id of transformed) {
                const mod = server.moduleGraph.getModuleById(id);
                if (mod)
                    server.moduleGraph.invalidateModule(mod);
            }
            server.ws.send({ type: 'full-reload' });
            return [];
        },
    };
}
/** The graph as an HTML block of a page: one block, no blank line, so Markdown leaves it as is. */
function graphBlock(inputs, pageUrl) {
    const svg = graphHtml(inputs, { href: (id) => pageUrl(path.join(inputs.root, inputs.analysis.byId.get(id).file)) });
    return `<div class="docflow-graph-wrap" style="overflow-x:auto">\n${svg}\n</div>`;
}
/**
 * `markdown: { config: docflowMarkdown }`: inline code is shown as written.
 * VitePress compiles pages as Vue templates, so a code span holding a GitHub
 * expression (`${{ inputs.environment }}`) would otherwise be evaluated.
 */
export function docflowMarkdown(md) {
    const inline = md.renderer.rules.code_inline;
    if (!inline)
        return;
    md.renderer.rules.code_inline = (...args) => inline(...args).replace(/^<code/, '<code v-pre');
}
