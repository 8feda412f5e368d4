import type { Config } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Outline } from '../parse/outline.js';
import type { StepKind } from '../steps/kind.js';
import { type Component, type Phase } from './types.js';
export declare const SUBSECTIONS: Record<'dependencies' | 'required by', Record<string, Phase>>;
/** Result of reading one doc. */
export interface BuiltDoc {
    component: Component | null;
    diagnostics: Diagnostic[];
}
/** Reads an outline as a component, or reports (info) that it is not one. */
export declare function buildComponent(file: string, outline: Outline, kinds: readonly StepKind[], config: Config): BuiltDoc;
/** `None`, `None.`, `None yet`, `N/A`, `n/a`, `-`: an empty list. Not a bare id such as `none-cache`. */
export declare const NONE: RegExp;
