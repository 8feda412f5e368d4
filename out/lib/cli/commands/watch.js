/**
 * `docflow generate --watch`: runs generate once, then again whenever a doc,
 * a template, a user step kind, a CloudFormation template (`paths.stackTemplates`) or the config changes (debounced, so a burst
 * of saves is one run). A run with errors prints them and the watch goes on;
 * Ctrl-C (SIGINT) or SIGTERM closes the watcher and exits 0.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { watch } from 'chokidar';
import { templatePatternRegExp } from '../../cfn/pattern.js';
import { CONFIG_FILES, loadConfig } from '../../config/load.js';
import { rootOption } from '../args.js';
/** Quiet time after the last change before a run starts. */
export const WATCH_DEBOUNCE_MS = 150;
export async function watchGenerate(values, io, runOnce) {
    const root = rootOption(values.root, io.cwd);
    const guarded = async () => {
        try {
            await runOnce();
        }
        catch (e) {
            // A watch survives anything one run does; the next change runs again.
            io.stderr.write(`docflow: generate failed: ${e instanceof Error ? e.message : String(e)}\n`);
        }
    };
    await guarded();
    const { config } = await loadConfig(root);
    const docs = path.resolve(root, values.docs ?? config.paths.docs);
    const templates = path.resolve(root, config.paths.templates);
    const generated = [config.paths.workflows, config.paths.diagrams].map((d) => path.resolve(root, d));
    const { watcher, relevant } = watchSources({ root, docs, templates, generated, stackTemplates: config.paths.stackTemplates });
    io.stderr.write(`watching ${path.relative(root, docs) || '.'}, ${path.relative(root, templates)}, ${config.paths.stackTemplates} and the config for changes (Ctrl-C stops)\n`);
    let timer = null;
    let running = Promise.resolve();
    let again = false;
    const schedule = () => {
        if (timer)
            clearTimeout(timer);
        timer = setTimeout(() => {
            timer = null;
            again = true;
            running = running.then(async () => {
                if (!again)
                    return;
                again = false;
                io.stderr.write('change detected, regenerating\n');
                await guarded();
            });
        }, WATCH_DEBOUNCE_MS);
    };
    watcher.on('all', (_event, p) => {
        if (relevant(path.resolve(p)))
            schedule();
    });
    watcher.on('error', (e) => io.stderr.write(`docflow: watch error: ${e instanceof Error ? e.message : String(e)}\n`));
    await new Promise((resolve) => watcher.on('ready', () => resolve()));
    io.stderr.write('ready\n');
    return new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            if (timer)
                clearTimeout(timer);
            void running.then(() => watcher.close()).then(() => {
                io.stderr.write('watch stopped\n');
                resolve(0);
            });
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
/**
 * A chokidar watcher on the docs, the templates and the config files, and the
 * test for a path that should trigger a run. It watches folders that exist:
 * the root, plus the docs or templates folder when it lies outside the root.
 * chokidar 4 counts a path that does not exist twice towards `ready`, so
 * watching a missing templates folder or config file directly made `ready`
 * come before the docs were even listed: a doc saved right after was never
 * seen. Watching the root instead also notices such a folder or file when it
 * is created later. Only the docs, the templates and their parent folders are
 * walked; everything else under the root is ignored unread.
 */
export function watchSources(sources) {
    const { root, docs, templates, generated } = sources;
    const inside = (p, dir) => p === dir || p.startsWith(dir + path.sep);
    const configs = CONFIG_FILES.map((n) => path.join(root, n));
    const isGenerated = (p) => generated.some((g) => inside(p, g));
    const stacks = stackTemplateMatcher(root, sources.stackTemplates);
    const relevant = (p) => !isGenerated(p) && ((inside(p, docs) && p.endsWith('.md')) || inside(p, templates) || configs.includes(p) || stacks.matches(p));
    // A folder on the way to the docs, the templates or a CloudFormation template, or anything in the first two.
    const followed = (p) => [docs, templates].some((d) => inside(d, p) || inside(p, d)) || stacks.onTheWay(p) || stacks.matches(p);
    const tops = [root, ...[docs, templates].filter((d) => !inside(d, root) && existsSync(d))];
    const watcher = watch(tops, {
        ignoreInitial: true,
        ignored: (p, stats) => {
            const abs = path.resolve(p);
            if (configs.includes(abs))
                return false;
            if (isGenerated(abs) || !followed(abs))
                return true;
            return !!stats?.isFile() && !relevant(abs);
        },
    });
    return { watcher, relevant };
}
/**
 * The files `paths.stackTemplates` names (`{id}` is any part of one path
 * segment, as the checks read it) and the folders on the way to them, so
 * the watch walks only those.
 */
function stackTemplateMatcher(root, pattern) {
    if (!pattern)
        return { matches: () => false, onTheWay: () => false };
    const segments = pattern.split('/').filter((s) => s !== '' && s !== '.').map(templatePatternRegExp);
    const parts = (p) => {
        const rel = path.relative(root, p);
        return rel === '' ? [] : rel.split(path.sep);
    };
    const fits = (rel) => !rel.includes('..') && rel.every((s, i) => segments[i].test(s));
    return {
        matches: (p) => {
            const rel = parts(p);
            return rel.length === segments.length && fits(rel);
        },
        onTheWay: (p) => {
            const rel = parts(p);
            return rel.length < segments.length && fits(rel);
        },
    };
}
