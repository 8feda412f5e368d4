/**
 * Which generated files a set of problems stops. Every doc finding names the
 * component docs and workflows it belongs to and what it holds back (its
 * rule's declaration in diagnostics/rule-ids.ts). A workflow is held back by
 * the errors that name it, and by errors on the stacks its runtime guard
 * checks (their names are copied into it); the orchestrators by the errors
 * that need the whole graph. Everything else (an asymmetry, the other
 * workflow's steps) fails `check` but does not stop generation.
 */
import type { Analysis } from '../analyze.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Component, Phase } from '../model/types.js';
/** The errors that stop `c`'s workflow for `phase`; empty means generate it. */
export declare function workflowBlockers(c: Component, phase: Phase, analysis: Analysis): Diagnostic[];
/** Errors that stop an orchestrator (and the DAG diagram): the ones that need the whole dependency graph. */
export declare function orchestratorBlockers(analysis: Analysis): Diagnostic[];
