/**
 * Names that other workflows rely on: file names, the environment input, job
 * ids and the workflow `name:`. All come from `naming` in the config, so a
 * repo that switches to docflow keeps its interface.
 */
import type { Config } from '../config/types.js';
import type { Phase } from '../model/types.js';

/** File name of a component workflow: `deploy-<id>.yml` (or `.yaml`). */
export function workflowFileName(phase: Phase, id: string, config: Config): string {
  return `${phase}-${id}.${config.naming.extension}`;
}

/** File name of an orchestrator part (`deploy-all`, `deploy-all-2`, …). */
export function orchestratorFileName(part: string, config: Config): string {
  return `${part}.${config.naming.extension}`;
}

/** The workflow `name:` from the pattern: `{phase}` `deploy`, `{Phase}` `Deploy`, `{id}` the component id. */
export function workflowName(phase: Phase, id: string, config: Config): string {
  const own = config.workflow[phase].name;
  if (own) return own;
  const Phase = phase === 'deploy' ? 'Deploy' : 'Delete';
  return config.naming.workflowName.replace(/\{(phase|Phase|id)\}/g, (_, key: string) => (key === 'phase' ? phase : key === 'Phase' ? Phase : id));
}

/** `inputs.<environment input>`, the path of the target environment. */
export function environmentPath(config: Config): string {
  return `inputs.${config.naming.environmentInput}`;
}
