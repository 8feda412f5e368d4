/**
 * Everything `generate` writes, computed in memory: component workflows and
 * orchestrators. Pure: (analysis, config, templates) → files + diagnostics.
 * `check` runs the same function and compares with disk.
 */
import type { Analysis } from '../analyze.js';
import type { Config } from '../config/types.js';
import { type Diagnostic } from '../diagnostics/diagnostic.js';
import { type Component, type Phase } from '../model/types.js';
import type { GeneratedFile } from './files.js';
import { type TemplateSet } from './templates.js';
import { type OrchestrationPlan } from '../graph/orchestration.js';
/** Inputs of {@link generateWorkflows}. */
export interface GenerateInputs {
    analysis: Analysis;
    config: Config;
    templates: TemplateSet;
    /** Generate Mermaid diagrams too (default true). */
    diagrams?: boolean;
    /** Component workflows emitted before, by the hash of everything they are made from (cache/emitted.ts); default: emit every one. */
    memo?: EmitMemo;
}
/** A component's workflow for one phase and its diagram, as emitted. */
export interface EmittedComponent {
    workflow: GeneratedFile;
    diagram: GeneratedFile | null;
    guardAfter: number;
    secrets: string[];
    idToken: boolean;
}
/**
 * Remembers emitted component workflows by {@link emitKey}. Whatever it
 * answers must be what emitting gives for that key: it is keyed by every
 * input of the emitters.
 */
export interface EmitMemo {
    /** What every output depends on besides the docs: docflow's version, the config, the templates and step kinds (ProjectInputs.emitFingerprint). */
    base: string;
    get(key: string): EmittedComponent | undefined;
    set(key: string, emitted: EmittedComponent): void;
}
/**
 * Everything a component workflow and its diagram are made from: the memo's
 * base, the phase, the component as modelled (its doc, its settings, its
 * steps as read, its references resolved against the other docs) and the
 * stacks its runtime guard checks, which come from other docs.
 */
export declare function emitKey(base: string, component: ComponentHash, phase: Phase, guard: readonly {
    id: string;
    stack: string;
}[], diagrams: boolean, dirs: {
    workflowsDir: string;
    diagramsDir: string;
}): string;
/** The sha256 of a component as modelled: the part of {@link emitKey} both of its phases share. */
export type ComponentHash = string;
/** Hashes `component` for {@link emitKey}. */
export declare function componentHash(component: Component): ComponentHash;
/** What generation produced. */
export interface GenerateOutput {
    files: GeneratedFile[];
    /** Paths (or `prefix-*` patterns) held back by errors: never deleted as orphans. */
    heldBack: string[];
    /** Template errors and notes about held-back files. */
    diagnostics: Diagnostic[];
    /** How each phase's orchestrator is split into files. */
    plans: OrchestrationPlan[];
}
/** Generates every workflow the docs describe. */
export declare function generateWorkflows(inputs: GenerateInputs): GenerateOutput;
