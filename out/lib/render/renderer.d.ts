import { type DiagramError } from './errors.js';
/** One diagram to render. */
export interface DiagramJob {
    /** Names the diagram in errors and progress (docflow uses the `.mmd` path). */
    key: string;
    /** The Mermaid source, exactly as written to the `.mmd` file. */
    source: string;
}
/** A rendered diagram, or why it could not be rendered. */
export type DiagramResult = {
    key: string;
    ok: true;
    svg: string;
    hash: string;
} | {
    key: string;
    ok: false;
    error: DiagramError;
};
/** Progress after each finished diagram. */
export interface RenderProgress {
    done: number;
    total: number;
    /** Key of the diagram that just finished. */
    current: string;
    /** Diagrams per second since this batch started. */
    ratePerSec: number;
}
/** Options of {@link openRenderer}. */
export interface RendererOptions {
    executablePath: string;
    /** Pages rendering at once (default {@link DEFAULT_CONCURRENCY}, at most the core count). */
    concurrency?: number;
    /** Seed of Mermaid's deterministic ids and the page's `Math.random`. */
    seed?: string;
    /** A diagram taking longer fails alone, and its page is replaced (default 30 s). */
    diagramTimeoutMs?: number;
    /**
     * Render sources that hold a `%%{…}%%` directive. Default false: docflow's
     * own diagrams never hold one, so one that does came from elsewhere and is
     * refused. Even when allowed, a directive cannot change the security keys.
     */
    allowDirectives?: boolean;
}
/** Options of one {@link Renderer.render} call. */
export interface RenderCallOptions {
    onProgress?: (progress: RenderProgress) => void;
}
/** A running browser with warm mermaid pages. Close it when done. */
export interface Renderer {
    /** Renders every job; results are in job order. Throws only {@link BrowserError}. */
    render(jobs: readonly DiagramJob[], options?: RenderCallOptions): Promise<DiagramResult[]>;
    /** Milliseconds the browser took to start. */
    readonly launchMs: number;
    readonly executablePath: string;
    close(): Promise<void>;
}
/**
 * Pages rendering at once, at most one per core. Measured on two free cores:
 * a second warm page renders ~1.4x as many diagrams per second (the other
 * core also runs V8's background compilers and the browser process).
 */
export declare const DEFAULT_CONCURRENCY = 2;
/** The fixed seed of every render, so output depends on nothing but the source. */
export declare const DEFAULT_SEED = "docflow";
/**
 * The SVG id of a diagram: derived from its source hash, so it is stable,
 * independent of file names and run order, and distinct between diagrams
 * (their CSS is scoped by this id, so two inlined SVGs must not share it).
 */
export declare function diagramSvgId(hash: string): string;
/**
 * Launches the browser and returns a {@link Renderer}. Pages are opened on
 * first use. Throws {@link BrowserError} when the browser won't start.
 */
export declare function openRenderer(options: RendererOptions): Promise<Renderer>;
