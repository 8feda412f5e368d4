import { type FindBrowserOptions } from './browser.js';
import { type DiagramError } from './errors.js';
import { type RenderProgress, type Renderer } from './renderer.js';
/** One diagram file to bring up to date. */
export interface DiagramFileJob {
    /** Path of the `.mmd` source; it keys errors and progress. */
    mmdPath: string;
    /** Where the SVG goes. */
    svgPath: string;
    /** The `.mmd` content (the caller writes the `.mmd` itself). */
    source: string;
}
/** Options of {@link renderDiagramFiles}. */
export interface RenderFilesOptions {
    /** Browser to use; otherwise {@link findBrowser} with {@link RenderFilesOptions.browser}. */
    executablePath?: string;
    /** How to look for a browser when `executablePath` is not given. */
    browser?: FindBrowserOptions;
    /** An open renderer to reuse instead of launching one (it is not closed). */
    renderer?: Renderer;
    /** Pages rendering at once. */
    concurrency?: number;
    onProgress?: (progress: RenderProgress) => void;
}
/** What {@link renderDiagramFiles} did. */
export interface RenderFilesResult {
    /** Jobs rendered successfully (written, or already byte-identical). */
    rendered: number;
    /** Jobs skipped because their SVG already embeds the current source hash. */
    cached: number;
    failed: number;
    /** One per failed job, sorted by key. */
    errors: DiagramError[];
    /** SVG paths whose bytes changed on disk, sorted. */
    written: string[];
    /** Whether a browser was started (false when everything was cached). */
    launched: boolean;
    /** Browser start time in ms (0 when none was started). */
    launchMs: number;
}
/**
 * Renders every job whose SVG is missing or stale and writes it atomically
 * (temp file + rename), only when its bytes change. A Mermaid error fails
 * that job alone. Throws {@link NoBrowserError} when something is stale and
 * no browser can be found, and `BrowserError` when the browser fails.
 */
export declare function renderDiagramFiles(jobs: readonly DiagramFileJob[], options?: RenderFilesOptions): Promise<RenderFilesResult>;
