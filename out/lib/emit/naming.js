/** File name of a component workflow: `deploy-<id>.yml` (or `.yaml`). */
export function workflowFileName(phase, id, config) {
    return `${phase}-${id}.${config.naming.extension}`;
}
/** File name of an orchestrator part (`deploy-all`, `deploy-all-2`, …). */
export function orchestratorFileName(part, config) {
    return `${part}.${config.naming.extension}`;
}
/** The workflow `name:` from the pattern: `{phase}` `deploy`, `{Phase}` `Deploy`, `{id}` the component id. */
export function workflowName(phase, id, config) {
    const own = config.workflow[phase].name;
    if (own)
        return own;
    const Phase = phase === 'deploy' ? 'Deploy' : 'Delete';
    return config.naming.workflowName.replace(/\{(phase|Phase|id)\}/g, (_, key) => (key === 'phase' ? phase : key === 'Phase' ? Phase : id));
}
/** `inputs.<environment input>`, the path of the target environment. */
export function environmentPath(config) {
    return `inputs.${config.naming.environmentInput}`;
}
