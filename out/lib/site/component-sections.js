/**
 * The sections the site adds to a component's page, never to its doc: the
 * generated workflow YAML (collapsible, highlighted), the blast radius and
 * the prerequisites, and its CloudFormation template's parameters and outputs. Markdown for VitePress (`::: details`, `{#id}` anchors).
 */
import path from 'node:path';
import { workflowsOf } from './context.js';
import { codeSpan, fenced, relativeLink } from './markdown.js';
import { relationsOf } from './relations.js';
import { templateSection } from './template-section.js';
/** Anchors of the generated sections, so other pages can link them. */
export const WORKFLOWS_ANCHOR = 'docflow-workflows';
export const BLAST_RADIUS_ANCHOR = 'docflow-blast-radius';
export const PREREQUISITES_ANCHOR = 'docflow-prerequisites';
/** The Markdown appended to component `id`'s page; null when there is no such component. */
export function componentSections(inputs, id) {
    const c = inputs.analysis.byId.get(id);
    if (!c)
        return null;
    const relations = relationsOf(inputs.analysis, id);
    const out = ['', `## Generated workflows {#${WORKFLOWS_ANCHOR}}`, ''];
    const workflows = workflowsOf(inputs, id);
    if (workflows.length === 0)
        out.push('docflow generates no workflow for this component (see the diagnostics of `docflow check`).', '');
    else
        out.push(`docflow generates ${workflows.length === 1 ? 'this workflow' : 'these workflows'} from the doc above.`, '');
    for (const { file } of workflows)
        out.push(`::: details ${path.posix.basename(file.path)}`, fenced('yaml', file.content), ':::', '');
    out.push(`## Blast radius {#${BLAST_RADIUS_ANCHOR}}`, '');
    if (relations.blastRadius.length === 0)
        out.push(`Nothing depends on ${codeSpan(id)}: it can be deleted on its own.`, '');
    else
        out.push(`Everything that must be deleted before ${codeSpan(id)} can be: **direct** dependents, then *transitive* ones with the chain that leads to them.`, '', ...relatedTable(inputs, c, relations.blastRadius), '');
    out.push(`## Prerequisites {#${PREREQUISITES_ANCHOR}}`, '');
    if (relations.prerequisites.length === 0)
        out.push(`${codeSpan(id)} needs nothing deployed before it.`, '');
    else
        out.push(`Everything that must be deployed before ${codeSpan(id)}: **direct** dependencies, then *transitive* ones.`, '', ...relatedTable(inputs, c, relations.prerequisites), '');
    out.push(...templateSection(inputs, c));
    return out.join('\n');
}
function relatedTable(inputs, from, related) {
    const link = (id) => {
        const other = inputs.analysis.byId.get(id);
        return other ? `[${id}](${relativeLink(path.posix.dirname(from.file), other.file)})` : codeSpan(id);
    };
    return [
        '| Component | How |',
        '|---|---|',
        ...related.map((r) => `| ${link(r.id)} | ${r.direct ? '**direct**' : `*transitive*, through ${r.via.map(codeSpan).join(' → ')}`} |`),
    ];
}
