/**
 * deploy-all / delete-all: one reusable-workflow job per component that has
 * a workflow for the phase, ordered by `needs:` so GitHub runs independent
 * components in parallel waves. Components without a workflow still order
 * the graph: their edges pass through to their neighbours. Past GitHub's
 * limit of reusable workflows per tree, the orchestrator becomes a chain of
 * parts (see graph/orchestration.ts).
 */
import type { Config } from '../../config/types.js';
import { type OrchestrationPlan } from '../../graph/orchestration.js';
import type { Phase } from '../../model/types.js';
import { type GeneratedFile } from '../files.js';
import { type TemplateSet } from '../templates.js';
/** A component workflow an orchestrator can call. */
export interface Callable {
    id: string;
    secrets: string[];
    /** The called workflow configures AWS through OIDC, so the caller must grant id-token: write. */
    idToken: boolean;
    /** The environments the component is limited to (front matter), or null for all of the project's. */
    environments: string[] | null;
}
/** Inputs for {@link orchestratorWorkflows}. */
export interface OrchestratorInputs {
    config: Config;
    templates: TemplateSet;
    workflowsDir: string;
    /** Docs folder, named in the header. */
    docsDir: string;
}
/** Plans and renders the orchestrator file(s) of a phase. */
export declare function orchestratorWorkflows(phase: Phase, callables: readonly Callable[], needs: ReadonlyMap<string, readonly string[]>, inputs: OrchestratorInputs): {
    plan: OrchestrationPlan;
    files: GeneratedFile[];
};
