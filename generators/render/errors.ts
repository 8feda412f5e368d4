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
export const BROWSER_HINT =
  'Install Chromium (`apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH, ' +
  'or set `browser.executablePath` in docflow.config.yaml.';

/** No usable Chromium/Chrome was found; diagrams cannot be rendered to SVG. */
export class NoBrowserError extends Error {
  override readonly name = 'NoBrowserError';
  /** Every path that was considered, in search order. */
  readonly tried: readonly string[];

  constructor(tried: readonly string[] = []) {
    super(`No Chromium or Chrome browser found to render Mermaid diagrams. ${BROWSER_HINT}`);
    this.tried = tried;
  }
}

/** The browser failed to start, could not load mermaid, or crashed mid-run. */
export class BrowserError extends Error {
  override readonly name = 'BrowserError';
  /**
   * `launch`: it never came up; `setup`: a page could not load mermaid;
   * `crash`: it died while rendering.
   */
  readonly kind: 'launch' | 'setup' | 'crash';
  readonly executablePath: string;

  constructor(kind: 'launch' | 'setup' | 'crash', executablePath: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const what = {
      launch: 'Could not start the browser',
      setup: 'Could not load mermaid into a page of the browser',
      crash: 'The browser crashed while rendering',
    }[kind];
    // Only a browser that won't start is fixed by pointing docflow at another one.
    const hint = kind === 'launch' ? ` ${BROWSER_HINT}` : '';
    super(`${what} at \`${executablePath}\`: ${reason}.${hint}`, { cause });
    this.kind = kind;
    this.executablePath = executablePath;
  }
}
