/**
 * The render module's error shapes. One bad diagram is data (`DiagramError`);
 * only a missing or broken browser is thrown, since nothing can render then.
 */
/** How to get a browser, shared by every message that needs one. */
export const BROWSER_HINT = 'Install Chromium (`apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH, ' +
    'or set `browser.executablePath` in docflow.config.yaml.';
/** No usable Chromium/Chrome was found; diagrams cannot be rendered to SVG. */
export class NoBrowserError extends Error {
    name = 'NoBrowserError';
    /** Every path that was considered, in search order. */
    tried;
    constructor(tried = []) {
        super(`No Chromium or Chrome browser found to render Mermaid diagrams. ${BROWSER_HINT}`);
        this.tried = tried;
    }
}
/** The browser failed to start, could not load mermaid, or crashed mid-run. */
export class BrowserError extends Error {
    name = 'BrowserError';
    /**
     * `launch`: it never came up; `setup`: a page could not load mermaid;
     * `crash`: it died while rendering.
     */
    kind;
    executablePath;
    constructor(kind, executablePath, cause) {
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
