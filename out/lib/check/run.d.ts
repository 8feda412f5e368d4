/**
 * Runs the rules over a resolved model. Like markdownlint's core, it
 * validates what rules report: a bad position is a bug in the rule, not in
 * the user's doc, so it throws.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { StackIndex } from '../cfn/stacks.js';
import type { DependencyGraph } from '../graph/graph.js';
import type { Component } from '../model/types.js';
import type { Rule, RuleOptions } from './rule.js';
/** Runs `rules` and returns their diagnostics, unsorted. */
export declare function runRules(components: readonly Component[], byId: ReadonlyMap<string, Component>, graphs: {
    deploy: DependencyGraph;
    delete: DependencyGraph;
}, stacks: StackIndex, rules: readonly Rule[], options: RuleOptions): Diagnostic[];
