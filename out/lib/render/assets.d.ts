/** The fake origin the page loads mermaid's files from (`.invalid` never resolves). */
export declare const ASSET_ORIGIN = "https://docflow-render.invalid";
/** Absolute paths of what the render page loads. */
export interface PageAssets {
    /** mermaid-cli's blank page ({@link MERMAID_CLI_PAGE}). */
    pageHtml: string;
    /** URL of mermaid's ESM dist bundle under {@link ASSET_ORIGIN}. */
    mermaidUrl: string;
    /**
     * Stylesheet URLs (fontawesome, katex) under {@link ASSET_ORIGIN}, in
     * mermaid-cli's order; a page loads them on first need ({@link usesWebFonts}).
     */
    styleUrls: string[];
    /**
     * Modules imported while the page is prepared, so the first render does not
     * wait for them: the sequence diagram chunk, which docflow always needs.
     */
    warmModuleUrls: string[];
    /** Directories the interceptor may serve files from. */
    roots: string[];
    /** Optional stylesheet packages that are not installed (see {@link OPTIONAL_STYLE_PACKAGES}). */
    missingPackages: string[];
}
/**
 * Stylesheet packages that are optional peer dependencies. Font Awesome is
 * 40 MB on disk, and only a diagram with an icon needs it: docflow's own
 * templates escape `:`, `<` and `{`, so doc text can never make one. Without
 * it, a diagram with an icon is a render error ({@link usesIcons}), never an
 * SVG that differs from mermaid-cli's.
 */
export declare const OPTIONAL_STYLE_PACKAGES: readonly string[];
/**
 * Whether a diagram draws a Font Awesome icon: `fa:fa-car`, a mindmap
 * `::icon(…)`, a `:::fa…` class or raw `<i class=…>`. Unlike
 * {@link usesWebFonts} this may not be loose: it turns a missing optional
 * package into an error.
 */
export declare function usesIcons(source: string): boolean;
/**
 * Whether a diagram may use the stylesheets: KaTeX math (`$$…$$`), Font
 * Awesome's classes (`fa`, `fab`, `far`, `fas`, `fa-*`, whether from
 * `fa:fa-car`, a mindmap `::icon(fa fa-book)`, a `:::fas` class or raw
 * `<i class="fa">`), or a font family named after either. Those classes,
 * `.katex*` and custom properties are all the stylesheets style (plus a
 * counter on `body`), so a diagram without them renders the same with or
 * without. Deliberately loose: a false positive only loads the fonts early.
 */
export declare function usesWebFonts(source: string): boolean;
/** mermaid-cli's `dist/index.html`, byte for byte (a test compares it with mermaid-cli's). */
export declare const MERMAID_CLI_PAGE = "<!doctype html>\n<html>\n  <body>\n    <div id=\"container\"></div>\n  </body>\n</html>\n";
/** Resolves mermaid's ESM bundle and the stylesheets, once per process. */
export declare function pageAssets(): Promise<PageAssets>;
/** A file to answer an intercepted request with. */
export interface AssetResponse {
    contentType: string;
    /**
     * The body, base64-encoded once per process: CDP takes bodies that way,
     * and every page asks for the same files.
     */
    base64Body: string;
}
/**
 * The file behind an asset URL, or `null` when the URL is outside the asset
 * roots or of a type the page never needs (the request is then refused).
 */
export declare function readAsset(assets: PageAssets, url: string): Promise<AssetResponse | null>;
