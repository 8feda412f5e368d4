import type { Component } from '../model/types.js';
import type { SiteInputs } from './context.js';
/** The section's anchor, so other pages can link it. */
export declare const TEMPLATE_ANCHOR = "docflow-template";
/** The section's Markdown lines for `c`; none when its stack's template was not read. */
export declare function templateSection(inputs: SiteInputs, c: Component): string[];
