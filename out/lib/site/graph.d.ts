import { type SiteInputs } from './context.js';
/** Options for {@link graphHtml}. */
export interface GraphOptions {
    /** The URL of a component's page. */
    href(id: string): string;
}
/**
 * The whole deploy graph as inline HTML: an SVG draws the waves' headings
 * and the arrows, and each component is an HTML link laid over it (a link
 * inside an SVG is not an ordinary link to every site script). One element
 * per line, no blank lines, so Markdown keeps it as one HTML block.
 */
export declare function graphHtml(inputs: SiteInputs, options: GraphOptions): string;
