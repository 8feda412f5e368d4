/**
 * What every site generator reads: the analysis, the config, and which
 * files the workflow generator produced (a page links only to what exists).
 */
import type { Analysis } from '../analyze.js';
import type { Config } from '../config/types.js';
import type { GeneratedFile } from '../emit/files.js';
import { type Component, type Phase } from '../model/types.js';
/** Inputs of the site generators. */
export interface SiteInputs {
    analysis: Analysis;
    config: Config;
    /** What `generateWorkflows` produced. */
    files: readonly GeneratedFile[];
}
/** Folders without a trailing slash. */
export declare function folders(config: Config): {
    docs: string;
    workflows: string;
    diagrams: string;
};
/** The components the site shows: one per id (duplicates are reported, never shown), sorted by id. */
export declare function siteComponents(inputs: SiteInputs): Component[];
/** The generated workflow of a component and phase, if there is one. */
export declare function workflowFile(inputs: SiteInputs, id: string, phase: Phase): GeneratedFile | null;
/** The generated workflows of a component, in phase order. */
export declare function workflowsOf(inputs: SiteInputs, id: string): {
    phase: Phase;
    file: GeneratedFile;
}[];
/** The waves `<phase>-all` runs: components with a workflow of that phase, each after its (transitive) prerequisites. */
export declare function phaseWaves(inputs: SiteInputs, phase: Phase): string[][];
/** Deploy waves of every component (with or without a deploy workflow), and the ids on or behind a cycle, which have none. */
export declare function componentWaves(inputs: SiteInputs): {
    waves: string[][];
    unordered: string[];
};
