/**
 * One warm Chromium page with mermaid loaded, set up the way mermaid-cli's
 * `renderMermaid` sets up its page (same blank page, stylesheets and fonts,
 * default config, white background, XMLSerializer output). mermaid-cli builds
 * such a page for every diagram; docflow builds it once and reuses it, which
 * is where most of the speed comes from. The rest: fonts only load when a
 * diagram can use them, and mermaid's config copy is faster (config-copy.ts).
 */
import type { Page } from 'puppeteer-core';
import { type PageAssets } from './assets.js';
/** What one render in the page produced. */
export type PageOutcome = {
    ok: true;
    svg: string;
} | {
    ok: false;
    message: string;
    parserLine?: number;
    parserColumn?: number;
};
/** A page ready to render diagrams one at a time. */
export interface MermaidPage {
    /** Renders `source` with the SVG id `id`; Mermaid errors come back as data. */
    render(id: string, source: string): Promise<PageOutcome>;
    close(): Promise<void>;
}
/**
 * Loads mermaid into `page` (a blank tab). `seed` fixes Mermaid's
 * deterministic ids and the page's `Math.random`, which is reset before every
 * render, as are mermaid's leaked counters (see state.ts), so each diagram's
 * output does not depend on what the page rendered before. The page's clock
 * reads {@link FIXED_NOW} while it renders and its time zone is UTC, so the
 * output does not depend on the day or the machine either.
 */
export declare function prepareMermaidPage(page: Page, assets: PageAssets, seed: string): Promise<MermaidPage>;
/**
 * The instant the page's clock shows while a diagram renders (the Unix epoch,
 * as while mermaid is imported): a published diagram must not change with the
 * day it was generated, so a gantt's today marker sits at 1970, off any chart.
 */
export declare const FIXED_NOW = 0;
