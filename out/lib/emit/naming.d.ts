/**
 * Names that other workflows rely on: file names, the environment input, job
 * ids and the workflow `name:`. All come from `naming` in the config, so a
 * repo that switches to docflow keeps its interface.
 */
import type { Config } from '../config/types.js';
import type { Phase } from '../model/types.js';
/** File name of a component workflow: `deploy-<id>.yml` (or `.yaml`). */
export declare function workflowFileName(phase: Phase, id: string, config: Config): string;
/** File name of an orchestrator part (`deploy-all`, `deploy-all-2`, …). */
export declare function orchestratorFileName(part: string, config: Config): string;
/** The workflow `name:` from the pattern: `{phase}` `deploy`, `{Phase}` `Deploy`, `{id}` the component id. */
export declare function workflowName(phase: Phase, id: string, config: Config): string;
/** `inputs.<environment input>`, the path of the target environment. */
export declare function environmentPath(config: Config): string;
