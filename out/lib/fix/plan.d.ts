import type { Analysis } from '../analyze.js';
import type { Component } from '../model/types.js';
import type { Edit } from './editor.js';
import type { Intent } from './repair.js';
import { type FixDoc } from './source.js';
/** Edits for one doc, each with the intents it carries out. */
export interface PlannedEdit {
    edit: Edit;
    intents: Intent[];
}
/** What the planner needs beyond the doc. */
export interface PlanContext {
    analysis: Analysis;
    /** Whether Delete entries name `delete-` workflows in most docs: the default for a doc with none. */
    projectDeletePrefix: boolean;
}
/** Plans the edits for one doc's intents. Intents it cannot carry out (an entry inside prose) get no edit. */
export declare function planDoc(doc: FixDoc, component: Component, intents: readonly Intent[], ctx: PlanContext): PlannedEdit[];
