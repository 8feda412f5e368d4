import type { ImportedComponent, ImportedStep } from './model.js';
/** A list item: the text, then its body and option paragraph indented under it. */
export declare function item(n: number, step: ImportedStep): string[];
export interface DocLayout {
    /** Doc path relative to the root (`docs/components/x.md`). */
    docPath: string;
    /** Diagrams folder relative to the root. */
    diagrams: string;
    /** True when the component has a delete workflow. */
    deletable(id: string): boolean;
}
export declare function renderDoc(c: ImportedComponent, layout: DocLayout): string;
