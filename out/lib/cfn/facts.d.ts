import type { Position } from '../diagnostics/diagnostic.js';
import { type Component, type Phase, type Step } from '../model/types.js';
import type { Parameter } from '../steps/parameter.js';
/** The template a component deploys, and the doc place that names it. */
export interface TemplateRef {
    /** Path relative to the project root, `/`-separated. */
    path: string;
    /** The path as written in a build step, else the deploy step. */
    position: Position;
    /** True when a step names the path; false when it comes from the configured pattern. */
    explicit: boolean;
}
/** The deploy step of a component. */
export interface DeployFacts {
    step: Step;
    parameters: readonly Parameter[];
    capabilities: readonly string[];
    /** The first capability as written, else the step. */
    capabilitiesPosition: Position;
    /** The deploy command acknowledges SAM's own transform (`sam deploy` does). */
    acknowledgesSamTransform: boolean;
    /** The SAM config file and environment the command reads settings from; null: none. */
    samConfig: {
        file: string | null;
        env: string;
    } | null;
}
/** A read of another stack's output: a lookup step or a parameter sourced from a stack output. */
export interface OutputRead {
    stack: string;
    output: string;
    phase: Phase;
    step: Step;
    /** The output name as written (the parameter name when the source names no output). */
    position: Position;
    /** `step 7`, or `the source of \`ApiId\``. */
    where: string;
}
/** Everything the template rules need to know about one component's steps. */
export interface StackFacts {
    template: TemplateRef | null;
    deploy: DeployFacts | null;
    reads: OutputRead[];
}
/** `templates/{id}.yaml` with the component id filled in. */
export declare function templatePathFor(pattern: string, id: string): string;
/** Reads the stack facts of `c`; `pattern` names the template of a deploy step without a build path. */
export declare function stackFacts(c: Component, pattern: string): StackFacts;
