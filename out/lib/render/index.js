/**
 * Renders Mermaid diagrams to SVG with Mermaid's own engine in headless
 * Chromium, exactly as mermaid-cli does, but with one browser and warm pages
 * for a whole run. Each SVG embeds its source's sha256, so staleness is
 * decided without a browser, and a run with nothing stale starts none.
 *
 * @example
 * const progress = createProgressLine();
 * try {
 *   const result = await renderDiagramFiles(jobs, { browser: { configuredPath }, onProgress: progress.onProgress });
 *   // result: { rendered, cached, failed, errors: [{ key, message, line, column? }], written, … }
 * } catch (error) {
 *   if (!(error instanceof NoBrowserError)) throw error;
 *   // keep the .mmd files, warn once with error.message
 * } finally {
 *   progress.finish();
 * }
 */
export { sourceHash, embeddedSourceHash, withSourceHash } from './hash.js';
export { findBrowser, browserCandidates, launchBrowser, SYSTEM_BROWSER_PATHS, BROWSER_ARGS, } from './browser.js';
export { NoBrowserError, BrowserError, BROWSER_HINT } from './errors.js';
export { openRenderer, diagramSvgId, DEFAULT_CONCURRENCY, DEFAULT_SEED, } from './renderer.js';
export { renderDiagramFiles, } from './files.js';
export { createProgressLine, formatProgress, } from './progress.js';
