import type { Browser } from 'puppeteer-core';
/** Where a browser was found, in {@link findBrowser}'s search order. */
export type BrowserSource = 'env' | 'config' | 'system' | 'puppeteer-cache';
/** A usable browser executable and how it was found. */
export interface BrowserLocation {
    path: string;
    source: BrowserSource;
}
/** Inputs of {@link findBrowser}; every field is optional. */
export interface FindBrowserOptions {
    /** Environment to read `PUPPETEER_EXECUTABLE_PATH` from (default `process.env`). */
    env?: Readonly<Record<string, string | undefined>>;
    /** `browser.executablePath` from docflow config, already resolved by the caller. */
    configuredPath?: string | undefined;
    /** Overrides {@link SYSTEM_BROWSER_PATHS}; tests use it to stay hermetic. */
    systemPaths?: readonly string[];
    /** Whether to fall back to puppeteer's own browser cache (default true). */
    puppeteerCache?: boolean;
}
/** System locations searched after the env and config paths, in order. */
export declare const SYSTEM_BROWSER_PATHS: readonly string[];
/**
 * Chromium flags: headless and quiet. No background networking, updates or
 * sync, so a run makes no requests of its own and stays reproducible.
 *
 * Headless Chromium is the full browser without a window, and at start it
 * preloads its omnibox popup, a WebUI page in a renderer of its own: ~0.5 s
 * of CPU right when the first diagrams render, a quarter of a two-core
 * machine's time for a 40-diagram run. Nobody types into that omnibox, so
 * the two features that preload it are off; page rendering is unaffected.
 */
export declare const BROWSER_ARGS: readonly string[];
/**
 * Finds a browser: `PUPPETEER_EXECUTABLE_PATH`, then the configured path, then
 * the usual system paths, then a browser already in puppeteer's cache (never
 * downloaded). Candidates that are not executable files are skipped.
 * Returns `null` when none is usable.
 */
export declare function findBrowser(options?: FindBrowserOptions): BrowserLocation | null;
/** Every path {@link findBrowser} considers, in order, usable or not (for messages). */
export declare function browserCandidates(options?: FindBrowserOptions): BrowserLocation[];
/** A launched browser and the temporary profile it owns. */
export interface BrowserSession {
    browser: Browser;
    executablePath: string;
    /** Closes the browser and deletes its profile; safe to call twice. */
    close(): Promise<void>;
}
/**
 * Launches headless Chromium with {@link BROWSER_ARGS} and a fresh temporary
 * profile. Throws {@link BrowserError} (`kind: 'launch'`) when it won't start.
 */
export declare function launchBrowser(executablePath: string, timeoutMs?: number): Promise<BrowserSession>;
