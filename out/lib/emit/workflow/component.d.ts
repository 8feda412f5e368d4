/**
 * One component's deploy or delete workflow: the doc's steps in doc order,
 * with the runtime guard after the AWS credentials step and the failure
 * summary last. Pure: (component, phase, inputs) → file.
 */
import type { Config } from '../../config/types.js';
import type { DependencyGraph } from '../../graph/graph.js';
import { type Component, type Phase } from '../../model/types.js';
import { type GeneratedFile } from '../files.js';
import { type TemplateSet } from '../templates.js';
/** What every workflow generator needs besides the component. */
export interface WorkflowInputs {
    config: Config;
    templates: TemplateSet;
    graphs: {
        deploy: DependencyGraph;
        delete: DependencyGraph;
    };
    byId: ReadonlyMap<string, Component>;
    /** The component deploying each stack ({@link stackOwners} of `byId`). */
    byStack: ReadonlyMap<string, Component>;
    /** Workflows folder, relative to root. */
    workflowsDir: string;
}
/** A component workflow, the secrets its callers must pass and whether it needs an OIDC token. */
export interface ComponentWorkflow {
    file: GeneratedFile;
    /** The doc step after which the runtime guard runs (0: first); diagrams draw it there too. */
    guardAfter: number;
    secrets: string[];
    idToken: boolean;
}
/** Builds `deploy-<id>.yml` or `delete-<id>.yml`. Throws TemplateError for a broken template. */
export declare function componentWorkflow(component: Component, phase: Phase, inputs: WorkflowInputs): ComponentWorkflow;
/** Each stack's component: the last in `byId`'s order that deploys it. */
export declare function stackOwners(byId: ReadonlyMap<string, Component>): Map<string, Component>;
/** `owner/repo@ref` from the pins (a SHA pin gets its version as a comment, see pinComments). */
export declare function pinnedUses(config: Config, repo: string): string;
/** `owner/repo@<sha>` → `<version>` for SHA pins that name a version. */
export declare function pinComments(config: Config): Map<string, string>;
/**
 * Stacks the guard checks: the phase graph's direct prerequisites; one
 * without a stack (a web deploy, a test run) passes through to its own.
 */
export declare function guardDependencies(id: string, graph: DependencyGraph, byId: ReadonlyMap<string, Component>): {
    id: string;
    stack: string;
}[];
