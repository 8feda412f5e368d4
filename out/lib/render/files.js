/**
 * Renders `.mmd` jobs to `.svg` files, cached by source hash: an SVG whose
 * embedded hash matches its source is up to date, so a run with nothing stale
 * starts no browser at all.
 */
import { readFile } from 'node:fs/promises';
import { writeAtomic } from '../drift/atomic.js';
import { browserCandidates, findBrowser } from './browser.js';
import { NoBrowserError } from './errors.js';
import { embeddedSourceHash, sourceHash } from './hash.js';
import { openRenderer } from './renderer.js';
/**
 * Renders every job whose SVG is missing or stale and writes it atomically
 * (temp file + rename), only when its bytes change. A Mermaid error fails
 * that job alone. Throws {@link NoBrowserError} when something is stale and
 * no browser can be found, and `BrowserError` when the browser fails.
 */
export async function renderDiagramFiles(jobs, options = {}) {
    const stale = [];
    for (const job of jobs) {
        const existing = await readIfExists(job.svgPath);
        if (existing !== null && embeddedSourceHash(existing) === sourceHash(job.source))
            continue;
        stale.push(job);
    }
    const result = {
        rendered: 0,
        cached: jobs.length - stale.length,
        failed: 0,
        errors: [],
        written: [],
        launched: false,
        launchMs: 0,
    };
    if (stale.length === 0)
        return result;
    let renderer = options.renderer;
    if (!renderer) {
        const executablePath = options.executablePath ?? findBrowser(options.browser)?.path;
        if (!executablePath)
            throw new NoBrowserError(browserCandidates(options.browser).map((c) => c.path));
        renderer = await openRenderer({ executablePath, concurrency: options.concurrency });
        result.launched = true;
        result.launchMs = renderer.launchMs;
    }
    try {
        // Identical sources render to identical bytes: render each once.
        const unique = new Map();
        for (const job of stale)
            if (!unique.has(job.source))
                unique.set(job.source, job);
        const rendered = await renderer.render([...unique.values()].map((job) => ({ key: job.mmdPath, source: job.source })), { onProgress: options.onProgress });
        const bySource = new Map([...unique.keys()].map((source, i) => [source, rendered[i]]));
        for (const job of stale) {
            const outcome = bySource.get(job.source);
            if (!outcome.ok) {
                result.failed++;
                result.errors.push({ ...outcome.error, key: job.mmdPath });
                continue;
            }
            result.rendered++;
            if (await writeIfChanged(job.svgPath, outcome.svg))
                result.written.push(job.svgPath);
        }
    }
    finally {
        if (!options.renderer)
            await renderer.close();
    }
    result.errors.sort((a, b) => compare(a.key, b.key) || a.line - b.line);
    result.written.sort(compare);
    return result;
}
async function readIfExists(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
/** Writes atomically (exclusive temp file + rename), so readers never see half a file. */
async function writeIfChanged(path, content) {
    if ((await readIfExists(path)) === content)
        return false;
    await writeAtomic(path, content);
    return true;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
