import { type Diagnostic, type Position } from '../diagnostics/diagnostic.js';
import { type Component } from '../model/types.js';
import { type StackFacts } from './facts.js';
import { type SamConfig } from './samconfig.js';
import { type StackTemplate, type TemplateOutput } from './template.js';
/** Returns a template's text, or null when there is no such file. Paths are relative to the project root. */
export type TemplateReader = (file: string) => string | null;
/** The default template of a component whose steps name none. */
export declare const DEFAULT_TEMPLATE_PATTERN = "templates/{id}.yaml";
/** An import resolved to the component whose template exports the name. */
export interface ResolvedImport {
    exportName: string;
    exporter: Component;
    output: TemplateOutput;
    /** Where the template imports it. */
    position: Position;
}
/** One component's stack: its step facts, its template (when read) and what it imports. */
export interface ComponentStack {
    component: Component;
    facts: StackFacts;
    template: StackTemplate | null;
    imports: ResolvedImport[];
    /** The SAM config (samconfig.toml) its deploy reads, when there is one: its parameters and capabilities are passed too. */
    samConfig: SamConfig | null;
}
/** Every component's stack, by id and by stack name, and every resolved export. */
export interface StackIndex {
    byId: ReadonlyMap<string, ComponentStack>;
    byStack: ReadonlyMap<string, ComponentStack>;
    exports: ReadonlyMap<string, {
        component: Component;
        output: TemplateOutput;
    }>;
}
/** Reads and parses each component's template through `read`, and resolves exports and imports. */
export declare function readStacks(components: readonly Component[], byId: ReadonlyMap<string, Component>, read: TemplateReader, pattern: string): {
    index: StackIndex;
    diagnostics: Diagnostic[];
};
