/**
 * Rendered SVGs are opened on the docs site, so they must load nothing: no
 * remote fonts, images or stylesheets. And the `.mmd` a diagram renders
 * from must not carry a Mermaid directive (`%%{init: …}%%`), which could
 * lower the security level or inject CSS.
 */
/** The line (1-based) of the first `%%{…}%%` directive in a Mermaid source, or null. */
export declare function directiveLine(source: string): number | null;
/**
 * What an SVG would load or run when opened: external resources it references
 * (`url(…)`, `@import`, `href`/`src` attributes) and script (`<script>`, `on…=`
 * handler attributes, `javascript:` links), each kind in document order.
 */
export declare function externalReferences(svg: string): string[];
