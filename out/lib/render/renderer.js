/**
 * Renders many diagrams in one browser: a small pool of warm pages, each
 * rendering one diagram at a time, fed from a shared queue.
 */
import { availableParallelism } from 'node:os';
import { BrowserError } from './errors.js';
import { launchBrowser } from './browser.js';
import { directiveLine, externalReferences } from './external.js';
import { sourceHash, withSourceHash } from './hash.js';
import { firstContentLine, locateError } from './locate.js';
import { pageAssets } from './assets.js';
import { prepareMermaidPage } from './page.js';
/**
 * Pages rendering at once, at most one per core. Measured on two free cores:
 * a second warm page renders ~1.4x as many diagrams per second (the other
 * core also runs V8's background compilers and the browser process).
 */
export const DEFAULT_CONCURRENCY = 2;
/**
 * Remaining jobs needed before another page is worth preparing. Measured:
 * 12 diagrams take 0.90 s on two pages and 1.03 s on one; 8 take the same.
 */
const EXTRA_PAGE_MIN_JOBS = 10;
/** The fixed seed of every render, so output depends on nothing but the source. */
export const DEFAULT_SEED = 'docflow';
/**
 * The SVG id of a diagram: derived from its source hash, so it is stable,
 * independent of file names and run order, and distinct between diagrams
 * (their CSS is scoped by this id, so two inlined SVGs must not share it).
 */
export function diagramSvgId(hash) {
    return `docflow-${hash.slice(0, 12)}`;
}
/**
 * Launches the browser and returns a {@link Renderer}. Pages are opened on
 * first use. Throws {@link BrowserError} when the browser won't start.
 */
export async function openRenderer(options) {
    const started = performance.now();
    const session = await launchBrowser(options.executablePath);
    const launchMs = performance.now() - started;
    const seed = options.seed ?? DEFAULT_SEED;
    const timeoutMs = options.diagramTimeoutMs ?? 30_000;
    const maxPages = Math.max(1, options.concurrency ?? Math.min(DEFAULT_CONCURRENCY, availableParallelism()));
    const pages = [];
    let initialTabUsed = false;
    const pageAt = (slot) => {
        const existing = pages[slot];
        if (existing)
            return existing;
        const opening = crashGuard(session, async () => {
            // Chromium starts with one blank tab; preparing it saves opening another.
            // Claimed before any await, so two slots never prepare the same tab.
            const useInitialTab = !initialTabUsed;
            initialTabUsed = true;
            const assets = await pageAssets();
            const blank = useInitialTab ? (await session.browser.pages())[0] : undefined;
            return prepareMermaidPage(blank ?? (await session.browser.newPage()), assets, seed);
        });
        pages[slot] = opening;
        opening.catch(() => {
            if (pages[slot] === opening)
                pages[slot] = undefined;
        });
        return opening;
    };
    const renderOne = async (slot, job) => {
        const hash = sourceHash(job.source);
        const directive = options.allowDirectives ? null : directiveLine(job.source);
        if (directive !== null)
            return { key: job.key, ok: false, error: { key: job.key, message: 'Unexpected Mermaid directive `%%{…}%%`: docflow renders diagrams with its own settings only', line: directive } };
        const page = await pageAt(slot);
        let outcome;
        try {
            outcome = await withTimeout(page.render(diagramSvgId(hash), job.source), timeoutMs);
        }
        catch (error) {
            if (!session.browser.connected)
                throw new BrowserError('crash', session.executablePath, error);
            // The page hung or crashed on this diagram: fail it alone, start a fresh page.
            pages[slot] = undefined;
            void page.close().catch(() => undefined);
            const reason = error instanceof TimeoutError ? `Rendering took longer than ${timeoutMs} ms` : reasonOf(error);
            return { key: job.key, ok: false, error: { key: job.key, message: reason, line: firstContentLine(job.source) } };
        }
        if (outcome.ok) {
            const external = externalReferences(outcome.svg);
            if (external.length > 0)
                return { key: job.key, ok: false, error: { key: job.key, message: `The rendered SVG references an external resource or holds script (\`${external[0].slice(0, 80)}\`); it is not written`, line: firstContentLine(job.source) } };
            return { key: job.key, ok: true, hash, svg: withSourceHash(outcome.svg, hash) + '\n' };
        }
        return { key: job.key, ok: false, error: locateError(job.key, job.source, outcome) };
    };
    return {
        launchMs,
        executablePath: options.executablePath,
        async render(jobs, callOptions = {}) {
            const results = new Array(jobs.length);
            const batchStart = performance.now();
            let next = 0;
            let done = 0;
            const drain = async (slot) => {
                while (next < jobs.length) {
                    const index = next++;
                    const job = jobs[index];
                    results[index] = await renderOne(slot, job);
                    done++;
                    const seconds = (performance.now() - batchStart) / 1000;
                    callOptions.onProgress?.({ done, total: jobs.length, current: job.key, ratePerSec: seconds > 0 ? done / seconds : 0 });
                }
            };
            // Preparing a page and its first render cost as much as ~8 renders,
            // so extra pages are opened one by one, after the first is rendering,
            // and only while enough work is left to repay them; they join the
            // shared queue when ready.
            const worthAnotherPage = () => jobs.length - next >= EXTRA_PAGE_MIN_JOBS;
            const addPages = async () => {
                const running = [];
                for (let slot = 1; slot < maxPages; slot++) {
                    await pageAt(slot - 1);
                    if (!worthAnotherPage())
                        break;
                    await pageAt(slot);
                    running.push(drain(slot));
                }
                await Promise.all(running);
            };
            await Promise.all([drain(0), worthAnotherPage() ? addPages() : undefined]);
            return results;
        },
        close: () => session.close(),
    };
}
/** Runs `open` (page preparation), turning a failure into a typed {@link BrowserError}. */
async function crashGuard(session, open) {
    try {
        return await open();
    }
    catch (error) {
        throw new BrowserError(session.browser.connected ? 'setup' : 'crash', session.executablePath, error);
    }
}
class TimeoutError extends Error {
}
function withTimeout(promise, ms) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function reasonOf(error) {
    return error instanceof Error ? error.message : String(error);
}
