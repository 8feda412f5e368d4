/**
 * The text edits that repair two template findings, as data for `docflow
 * fix`: add a missing capability to the deploy step, and correct a lookup
 * whose output name has exactly one close declared output. Each edit is in
 * the doc's 1-based line/column coordinates. A finding with no edit that is
 * safe (a capability inside a whole-command step that already lists some, a
 * lookup output a later parameter is wired to by name) gets none.
 */
import { type Point } from '../diagnostics/diagnostic.js';
import type { Component } from '../model/types.js';
import type { StackIndex } from './stacks.js';
/** Replace `start`..`end` (end exclusive) of `file` with `text`. */
export interface TemplateRepair {
    rule: 'missing-capability' | 'unknown-output';
    /** The doc the edit is in. */
    component: Component;
    file: string;
    start: Point;
    end: Point;
    text: string;
    summary: string;
}
/** Every repair the stack index allows, in component order. */
export declare function templateRepairs(stacks: StackIndex): TemplateRepair[];
/** The capabilities each deploy step lacks for its template, added to the step. */
export declare function capabilityRepairs(stacks: StackIndex): TemplateRepair[];
/** Lookup outputs the looked-up template does not declare, with exactly one close declared output: renamed to it. */
export declare function outputRepairs(stacks: StackIndex): TemplateRepair[];
