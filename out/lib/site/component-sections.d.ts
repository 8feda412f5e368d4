import { type SiteInputs } from './context.js';
/** Anchors of the generated sections, so other pages can link them. */
export declare const WORKFLOWS_ANCHOR = "docflow-workflows";
export declare const BLAST_RADIUS_ANCHOR = "docflow-blast-radius";
export declare const PREREQUISITES_ANCHOR = "docflow-prerequisites";
/** The Markdown appended to component `id`'s page; null when there is no such component. */
export declare function componentSections(inputs: SiteInputs, id: string): string | null;
