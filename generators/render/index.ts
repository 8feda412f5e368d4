/**
 * Renders Mermaid diagrams to SVG with Mermaid's own engine in headless
 * Chromium, as mermaid-cli does, but with one browser and warm pages for a
 * whole run. SVGs embed their source's sha256, so staleness is decided
 * without a browser.
 *
 * @example
 * const result = await renderDiagramFiles(jobs, { browser: { configuredPath } });
 * // { rendered, cached, failed, errors: [{ key, message, line, column? }], … }
 */
export { sourceHash, embeddedSourceHash, withSourceHash } from './hash.js';
export {
  findBrowser,
  browserCandidates,
  launchBrowser,
  SYSTEM_BROWSER_PATHS,
  BROWSER_ARGS,
  type BrowserLocation,
  type BrowserSource,
  type BrowserSession,
  type FindBrowserOptions,
} from './browser.js';
export { NoBrowserError, BrowserError, BROWSER_HINT, type DiagramError } from './errors.js';
export {
  openRenderer,
  diagramSvgId,
  DEFAULT_CONCURRENCY,
  DEFAULT_SEED,
  type Renderer,
  type RendererOptions,
  type RenderCallOptions,
  type DiagramJob,
  type DiagramResult,
  type RenderProgress,
} from './renderer.js';
export {
  renderDiagramFiles,
  type DiagramFileJob,
  type RenderFilesOptions,
  type RenderFilesResult,
} from './files.js';
export { createProgressLine, formatProgress, type ProgressLine, type ProgressLineOptions } from './progress.js';
