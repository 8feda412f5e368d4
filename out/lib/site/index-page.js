import { stackOf } from '../model/types.js';
import { folders, phaseWaves, siteComponents, workflowsOf } from './context.js';
import { WORKFLOWS_ANCHOR } from './component-sections.js';
import { indexPath } from './paths.js';
import { cell, codeSpan, firstSentence, markdownHeader, relativeLink } from './markdown.js';
export { indexPath };
/** The components index as a generated file. On the site, `graph` (inline markup) replaces the rendered graph image. */
export function componentsIndex(inputs, target = 'github', graph = null) {
    const dirs = folders(inputs.config);
    const site = inputs.config.site;
    const components = siteComponents(inputs);
    const link = (file) => relativeLink(dirs.docs, file);
    const out = [markdownHeader(dirs.docs), '', `# ${site?.title ?? 'Components'}`, ''];
    if (site?.description)
        out.push(site.description.trim(), '');
    out.push(`Every component has one doc in this folder. docflow checks the docs and generates each component's workflows and diagrams from them, and this page too.`, '', '## Components', '', '| Component | Stack | Purpose | Deploy dependencies | Workflows |', '|---|---|---|---|---|');
    for (const c of components) {
        const deps = [...new Set(c.dependencies.deploy.flatMap((d) => d.ids))].sort();
        const depLinks = deps.map((id) => {
            const dep = inputs.analysis.byId.get(id);
            return dep ? `[${id}](${link(dep.file)})` : codeSpan(id);
        });
        const workflows = workflowsOf(inputs, c.id).map(({ phase, file }) => target === 'github' ? `[${phase}](${link(file.path)})` : `[${phase}](${link(c.file)}#${WORKFLOWS_ANCHOR})`);
        const stack = stackOf(c);
        out.push(`| [${c.id}](${link(c.file)}) | ${stack ? codeSpan(stack) : '—'} | ${cell(firstSentence(c.overview)) || '—'} | ${depLinks.join(', ') || '—'} | ${workflows.join(', ') || '—'} |`);
    }
    out.push('');
    for (const phase of ['deploy', 'delete']) {
        const waves = phaseWaves(inputs, phase);
        out.push(`## ${phase === 'deploy' ? 'Deploy' : 'Delete'} order`, '');
        if (waves.length === 0) {
            out.push(`No component has a ${phase} workflow.`, '');
            continue;
        }
        out.push(phase === 'deploy'
            ? '`deploy-all` runs the deploy workflows in these waves. The components of one wave do not depend on each other and run in parallel.'
            : '`delete-all` runs the delete workflows in these waves: a component goes only once everything that depends on it is gone.', '', ...waves.map((wave, i) => `${i + 1}. ${wave.map(codeSpan).join(', ')}`), '');
    }
    const dag = inputs.files.find((f) => f.path === `${dirs.diagrams}/deploy-all-dag.mmd`);
    if (graph !== null)
        out.push('## Dependency graph', '', graph, '');
    else if (dag)
        out.push('## Dependency graph', '', `![Deploy dependency graph](${link(dag.path.replace(/\.mmd$/, '.svg'))})`, '');
    return { path: indexPath(inputs), content: out.join('\n'), source: null, origins: [] };
}
