import { cmp } from '../diagnostics/diagnostic.js';
import { workflowFileName } from '../emit/naming.js';
import { reducedNeeds } from '../graph/orchestration.js';
import { globalWaves } from '../graph/waves.js';
import { PHASES } from '../model/types.js';
/** Folders without a trailing slash. */
export function folders(config) {
    const trim = (p) => p.replace(/\/+$/, '');
    return { docs: trim(config.paths.docs), workflows: trim(config.paths.workflows), diagrams: trim(config.paths.diagrams) };
}
/** The components the site shows: one per id (duplicates are reported, never shown), sorted by id. */
export function siteComponents(inputs) {
    return [...inputs.analysis.byId.values()].sort((a, b) => cmp(a.id, b.id));
}
/** The generated workflow of a component and phase, if there is one. */
export function workflowFile(inputs, id, phase) {
    const wanted = `${folders(inputs.config).workflows}/${workflowFileName(phase, id, inputs.config)}`;
    return filesByPath(inputs.files).get(wanted) ?? null;
}
const byPath = new WeakMap();
/** The generated files by path, made once per list: every component's page looks its workflows up. */
function filesByPath(files) {
    let map = byPath.get(files);
    if (!map) {
        // The first file of a path, as a search from the start finds it.
        map = new Map([...files].reverse().map((f) => [f.path, f]));
        byPath.set(files, map);
    }
    return map;
}
/** The generated workflows of a component, in phase order. */
export function workflowsOf(inputs, id) {
    return PHASES.flatMap((phase) => {
        const file = workflowFile(inputs, id, phase);
        return file ? [{ phase, file }] : [];
    });
}
/** The waves `<phase>-all` runs: components with a workflow of that phase, each after its (transitive) prerequisites. */
export function phaseWaves(inputs, phase) {
    const ids = new Set(siteComponents(inputs).filter((c) => c.workflows[phase]).map((c) => c.id));
    return globalWaves(reducedNeeds(inputs.analysis.graphs[phase], ids));
}
/** Deploy waves of every component (with or without a deploy workflow), and the ids on or behind a cycle, which have none. */
export function componentWaves(inputs) {
    const all = siteComponents(inputs).map((c) => c.id);
    const waves = globalWaves(reducedNeeds(inputs.analysis.graphs.deploy, new Set(all)));
    const placed = new Set(waves.flat());
    return { waves, unordered: all.filter((id) => !placed.has(id)) };
}
