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

/** The browser failed to start, crashed, or stopped answering mid-run. */
export class BrowserError extends Error {
  override readonly name = 'BrowserError';
  /** `launch`: it never came up; `crash`: it died or hung while rendering. */
  readonly kind: 'launch' | 'crash';
  readonly executablePath: string;

  constructor(kind: 'launch' | 'crash', executablePath: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const what = kind === 'launch' ? 'Could not start the browser' : 'The browser crashed while rendering';
    super(`${what} at \`${executablePath}\`: ${reason}. ${BROWSER_HINT}`, { cause });
    this.kind = kind;
    this.executablePath = executablePath;
  }
}
