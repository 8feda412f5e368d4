/**
 * The system graph: a Mermaid flowchart of the deploy dependency graph,
 * grouped into waves, each node linking to its doc. Pure.
 */
import path from 'node:path';
import { cmp } from '../../diagnostics/diagnostic.js';
import { waves } from '../../graph/graph.js';
import { stackOf } from '../../model/types.js';
import { HEADER_MARK } from '../files.js';
import { renderText } from '../templates.js';
/** Mermaid node ids must be identifiers; kebab-case ids map one to one. */
export function nodeId(id) {
    return 'c_' + id.replace(/[^A-Za-z0-9]/g, '_');
}
/** File name (without extension) of the system graph. */
export const DAG_NAME = 'deploy-all-dag';
/** Builds `deploy-all-dag.mmd`. */
export function dagDiagram(components, inputs) {
    const graph = inputs.graphs.deploy;
    const byId = inputs.byId;
    const ws = waves(graph).map((ids, i) => ({
        id: `wave${i + 1}`,
        label: `Wave ${i + 1}`,
        nodes: ids.map((id) => ({ id: nodeId(id), label: byId.get(id) && stackOf(byId.get(id)) ? id : `${id} (no stack)` })),
    }));
    const edges = graph.ids.flatMap((id) => [...graph.before.get(id)].sort(cmp).map((dep) => ({ from: nodeId(dep), to: nodeId(id) })));
    const links = [...byId.values()]
        .sort((a, b) => cmp(a.id, b.id))
        .map((c) => ({ id: nodeId(c.id), url: encodeURI(path.posix.relative(inputs.diagramsDir, c.file)).replace(/"/g, '%22'), tooltip: `Open the ${c.id} doc` }));
    const body = renderText(inputs.templates, 'diagram/dag', { waves: ws, edges, links });
    const files = [...new Set(components.map((c) => path.posix.dirname(c.file)))].sort(cmp).join(', ');
    return { path: `${inputs.diagramsDir}/${DAG_NAME}.mmd`, content: `%% ${HEADER_MARK} from the docs in ${files} — do not edit.\n${body.replace(/\n*$/, '\n')}`, source: null, origins: [] };
}
