/**
 * A workflow's Mermaid sequence diagram, from the same model as the
 * workflow: one message per step in the doc's wording, the runtime guard as
 * an `alt` block, and the failure scenarios as `opt` blocks. Pure.
 */
import type { Config } from '../../config/types.js';
import type { DependencyGraph } from '../../graph/graph.js';
import { type Component, type Phase } from '../../model/types.js';
import { type GeneratedFile } from '../files.js';
import { type TemplateSet } from '../templates.js';
/** One line of the diagram body. Exactly one of the fields is set. */
export interface Statement {
    indent: string;
    message?: {
        from: string;
        arrow: '->>' | '-->>';
        to: string;
        text: string;
    };
    note?: {
        over: string;
        text: string;
    };
    block?: {
        keyword: 'alt' | 'else' | 'opt';
        label: string;
    };
    end?: true;
}
/** A participant: fixed ids, labels from the doc. */
export interface Participant {
    kind: 'actor' | 'participant';
    id: string;
    label: string;
}
/** Inputs shared by every diagram. */
export interface DiagramInputs {
    config: Config;
    templates: TemplateSet;
    graphs: {
        deploy: DependencyGraph;
        delete: DependencyGraph;
    };
    byId: ReadonlyMap<string, Component>;
    /** Diagrams folder relative to root. */
    diagramsDir: string;
}
/** File name (without extension) of a workflow's diagram. */
export declare function diagramName(phase: Phase, id: string): string;
/** Builds `<phase>-<id>.mmd`; the guard is drawn after doc step `guardAfter` (0: first), where the workflow runs it. */
export declare function sequenceDiagram(component: Component, phase: Phase, inputs: DiagramInputs, guardAfter: number): GeneratedFile;
