import { guardDependencies } from './workflow/component.js';
/** The errors that stop `c`'s workflow for `phase`; empty means generate it. */
export function workflowBlockers(c, phase, analysis) {
    if (!c.workflows[phase])
        return [];
    const guarded = c.options.config.guards[phase]
        ? new Set(guardDependencies(c.id, analysis.graphs[phase], analysis.byId).map((d) => analysis.byId.get(d.id)?.file))
        : new Set();
    return analysis.diagnostics.filter((d) => {
        const scope = d.scope;
        if (d.severity !== 'error' || !scope || scope.holds === 'nothing')
            return false;
        if (scope.docs.includes(c.file) && scope.phases.includes(phase))
            return true;
        return scope.stack && scope.docs.some((file) => guarded.has(file));
    });
}
/** Errors that stop an orchestrator (and the DAG diagram): the ones that need the whole dependency graph. */
export function orchestratorBlockers(analysis) {
    return analysis.diagnostics.filter((d) => d.severity === 'error' && d.scope?.holds === 'orchestrators');
}
