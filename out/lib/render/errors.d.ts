/**
 * The render module's error shapes. One bad diagram is data (`DiagramError`);
 * only a missing or broken browser is thrown, since nothing can render then.
 */
/** A diagram Mermaid could not render, located in its `.mmd` source. */
export interface DiagramError {
    /** The job's key (the `.mmd` path for file jobs). */
    key: string;
    /** Mermaid's message, first line first (e.g. `Parse error on line 3: …`). */
    message: string;
    /** 1-based line in the `.mmd` source, after undoing Mermaid's preprocessing. */
    line: number;
    /** 1-based column, when Mermaid reports one. */
    column?: number;
}
/** How to get a browser, shared by every message that needs one. */
export declare const BROWSER_HINT: string;
/** No usable Chromium/Chrome was found; diagrams cannot be rendered to SVG. */
export declare class NoBrowserError extends Error {
    readonly name = "NoBrowserError";
    /** Every path that was considered, in search order. */
    readonly tried: readonly string[];
    constructor(tried?: readonly string[]);
}
/** The browser failed to start, could not load mermaid, or crashed mid-run. */
export declare class BrowserError extends Error {
    readonly name = "BrowserError";
    /**
     * `launch`: it never came up; `setup`: a page could not load mermaid;
     * `crash`: it died while rendering.
     */
    readonly kind: 'launch' | 'setup' | 'crash';
    readonly executablePath: string;
    constructor(kind: 'launch' | 'setup' | 'crash', executablePath: string, cause: unknown);
}
