/**
 * Finding and launching the headless Chromium that runs Mermaid. docflow never
 * downloads a browser: it uses one that is already on the machine.
 */
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BrowserError } from './errors.js';
import { watchBrowserGroup } from './watchdog.js';
/** System locations searched after the env and config paths, in order. */
export const SYSTEM_BROWSER_PATHS = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
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
export const BROWSER_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
/**
 * Finds a browser: `PUPPETEER_EXECUTABLE_PATH`, then the configured path, then
 * the usual system paths, then a browser already in puppeteer's cache (never
 * downloaded). Candidates that are not executable files are skipped.
 * Returns `null` when none is usable.
 */
export function findBrowser(options = {}) {
    for (const candidate of candidates(options)) {
        if (isExecutableFile(candidate.path))
            return candidate;
    }
    return null;
}
/** Every path {@link findBrowser} considers, in order, usable or not (for messages). */
export function browserCandidates(options = {}) {
    return [...candidates(options)];
}
// A generator, so puppeteer's cache is only read when every earlier candidate failed.
function* candidates(options) {
    const env = options.env ?? process.env;
    const fromEnv = env['PUPPETEER_EXECUTABLE_PATH'];
    if (fromEnv)
        yield { path: resolve(fromEnv), source: 'env' };
    if (options.configuredPath)
        yield { path: resolve(options.configuredPath), source: 'config' };
    for (const path of options.systemPaths ?? SYSTEM_BROWSER_PATHS)
        yield { path, source: 'system' };
    if (options.puppeteerCache !== false) {
        for (const path of puppeteerCachedBrowsers(env))
            yield { path, source: 'puppeteer-cache' };
    }
}
/**
 * Launches headless Chromium with {@link BROWSER_ARGS} and a fresh temporary
 * profile. Throws {@link BrowserError} (`kind: 'launch'`) when it won't start.
 */
export async function launchBrowser(executablePath, timeoutMs = 30_000) {
    const userDataDir = mkdtempSync(join(tmpdir(), 'docflow-chromium-'));
    let browser;
    try {
        // Loaded here, not at startup: a run with nothing to render never pays for puppeteer.
        const { default: puppeteer } = await import('puppeteer-core');
        browser = await puppeteer.launch({
            executablePath,
            headless: true,
            // Not `pipe: true`: when the browser dies at start, puppeteer's pipe
            // transport throws an uncaught EPIPE; the loopback port fails cleanly.
            args: [...BROWSER_ARGS, `--user-data-dir=${userDataDir}`],
            timeout: timeoutMs,
        });
    }
    catch (error) {
        rmSync(userDataDir, { recursive: true, force: true });
        throw new BrowserError('launch', executablePath, error);
    }
    const group = browser.process()?.pid;
    const watchdog = group !== undefined && process.platform !== 'win32' ? watchBrowserGroup(group, userDataDir) : null;
    let closed = false;
    // If the process exits without close() (an uncaught error), still delete
    // the profile; puppeteer's own exit hook has killed Chromium by then.
    const removeProfile = () => rmSync(userDataDir, { recursive: true, force: true });
    process.once('exit', removeProfile);
    return {
        browser,
        executablePath,
        async close() {
            if (closed)
                return;
            closed = true;
            process.removeListener('exit', removeProfile);
            try {
                await browser.close();
            }
            catch {
                // Already gone (crashed or killed): the profile still has to go.
                browser.process()?.kill('SIGKILL');
            }
            finally {
                rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
                watchdog?.release();
            }
        },
    };
}
function isExecutableFile(path) {
    try {
        if (!statSync(path).isFile())
            return false;
        accessSync(path, constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Chrome builds puppeteer downloaded earlier (`<cache>/chrome/<platform>-<build>`),
 * newest first. docflow only reads that folder: it never downloads a browser.
 */
function puppeteerCachedBrowsers(env) {
    const cacheDir = env['PUPPETEER_CACHE_DIR'] || join(homedir(), '.cache', 'puppeteer');
    let builds;
    try {
        builds = readdirSync(join(cacheDir, 'chrome'));
    }
    catch {
        return [];
    }
    // Loaded only when every earlier candidate failed (its CommonJS build: findBrowser is synchronous).
    const { Browser: BrowserName, computeExecutablePath } = createRequire(import.meta.url)('@puppeteer/browsers');
    return builds
        .map((name) => /^[a-z0-9]+-(.+)$/.exec(name)?.[1])
        .filter((build) => build !== undefined)
        .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
        .map((buildId) => computeExecutablePath({ cacheDir, browser: BrowserName.CHROME, buildId }));
}
