/**
 * `docflow generate`: writes what the docs describe (only changed files,
 * atomically, under a lock), removes orphans, then renders stale diagrams to
 * SVG with one browser. Without a browser it still writes everything else
 * and warns. When nothing changed since the last in-sync run, it does nothing.
 */
import path from 'node:path';
import { cachedFolders, cacheDirFor, hashGeneratedFolders, upToDateRecord, writeSyncRecord } from '../../cache/sync.js';
import { hasErrors, normalizeDiagnostics } from '../../diagnostics/diagnostic.js';
import { terminalSafe } from '../../diagnostics/report/terminal.js';
import { sweepTempFiles } from '../../drift/atomic.js';
import { realPathProblem } from '../../drift/containment.js';
import { foreignFileDiagnostic } from '../../drift/drift.js';
import { LockError, withGenerateLock } from '../../drift/lock.js';
import { svgPathFor } from '../../drift/svg.js';
import { writeGenerated, writesStopped } from '../../drift/write.js';
import { compareWithDisk, computeOutputs } from '../../outputs.js';
import { analyzeCached, incrementalNote } from '../../cache/trees.js';
import { BROWSER_HINT, createProgressLine, NoBrowserError, renderDiagramFiles } from '../../render/index.js';
import { formatOption, parseCommandArgs, verbosityOption } from '../args.js';
import { colorsFor, ExitCode, UsageError } from '../io.js';
import { report } from '../report.js';
import { openProjectInputs } from './project.js';
import { watchGenerate } from './watch.js';
import { adoptable, readRecord } from '../../import/record.js';
export async function generateCommand(argv, io) {
    const { values } = parseCommandArgs('generate', argv, {
        format: { type: 'string' },
        'require-render': { type: 'boolean' },
        'no-render': { type: 'boolean' },
        force: { type: 'boolean' },
        adopt: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        'cache-dir': { type: 'string' },
        watch: { type: 'boolean', short: 'w' },
    });
    const format = formatOption('generate', values.format, ['text', 'json', 'github'], 'text');
    const verbosity = verbosityOption('generate', values);
    if (values['require-render'] && values['no-render'])
        throw new UsageError('generate: --require-render and --no-render contradict each other');
    if (values.watch)
        return watchGenerate(values, io, () => generateOnce(values, io, format, verbosity));
    return generateOnce(values, io, format, verbosity);
}
/** One `generate` run. */
export async function generateOnce(values, io, format, verbosity) {
    const inputs = await openProjectInputs(values, io, format);
    if (typeof inputs === 'number')
        return inputs;
    const cacheDir = values['cache-dir'] ? path.resolve(io.cwd, values['cache-dir']) : cacheDirFor(inputs.root);
    const cached = values['no-cache'] || values.force || values.adopt ? null : await upToDateRecord(inputs, cacheDir);
    let summary;
    let diagnostics;
    let rendered = [];
    if (cached) {
        if (verbosity === 'verbose')
            io.stderr.write('generate: inputs and generated files unchanged since the last in-sync run; nothing to do\n');
        summary = { created: [], updated: [], unchanged: new Array(cached.outputs).fill(''), removed: [], failed: [], blocked: [], takenOver: [] };
        diagnostics = normalizeDiagnostics([...cached.analysis, ...cached.produced]);
    }
    else {
        const { project, parsed } = await analyzeCached(inputs, values['no-cache'] ? null : cacheDir);
        const outputDirs = [project.config.paths.workflows, project.config.paths.diagrams, project.config.paths.docs].map((d) => d.replace(/\/+$/, ''));
        let run;
        try {
            run = await withGenerateLock(project.root, () => writeAndRender(project, io, values, outputDirs, values['no-cache'] ? null : cacheDir, verbosity));
        }
        catch (e) {
            if (!(e instanceof LockError))
                throw e;
            report(io, io.stderr, format, [{ ruleId: 'write-failed', severity: 'error', message: e.message, file: e.lockPath, start: { line: 1, column: 1 }, hint: 'Another `docflow generate` may still be running; otherwise check that the project root is writable.' }], null);
            return ExitCode.usage;
        }
        const { outputs, renderDiagnostics, kept } = run;
        const note = incrementalNote('generate', parsed, outputs.emitted);
        if (note && verbosity === 'verbose')
            io.stderr.write(note);
        summary = run.summary;
        rendered = run.rendered;
        const writeDiagnostics = writeSummaryDiagnostics(summary, values.adopt === true);
        diagnostics = normalizeDiagnostics([...project.analysis.diagnostics, ...outputs.diagnostics, ...renderDiagnostics, ...writeDiagnostics, ...kept]);
        if (!values['no-cache'] && renderDiagnostics.length === 0 && writeDiagnostics.length === 0) {
            // Recorded only when the disk is now exactly what the docs generate (SVGs included).
            const after = await compareWithDisk(project, outputs);
            if (after.entries.length === 0) {
                const disk = await hashGeneratedFolders(inputs.root, cachedFolders(inputs), inputs.config.paths.docs.replace(/\/+$/, ''));
                await writeSyncRecord(cacheDir, { fingerprint: inputs.fingerprint, disk, analysis: project.analysis.diagnostics, produced: outputs.diagnostics, outputs: outputs.files.length, extraInputs: project.extraInputs });
            }
        }
    }
    // Infos (e.g. "not a component") are for `check`; here only what was held back.
    const shown = diagnostics.filter((d) => d.severity !== 'info' || d.ruleId === 'not-generated' || verbosity === 'verbose');
    if (shown.length > 0 || format !== 'text')
        report(io, format === 'text' ? io.stderr : io.stdout, format, shown, inputs.files.length, undefined, verbosity);
    const c = colorsFor(io.stdout, io.env);
    const line = `generate: ${summary.created.length} created, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ${summary.removed.length} removed; ${rendered.length} diagram${rendered.length === 1 ? '' : 's'} rendered`;
    if (verbosity === 'quiet') {
        // Only problems.
    }
    else if (format === 'text') {
        for (const p of summary.created)
            io.stdout.write(`  ${c.green('created')}  ${terminalSafe(p)}\n`);
        for (const p of summary.updated)
            io.stdout.write(`  ${c.yellow('updated')}  ${terminalSafe(p)}\n`);
        for (const p of summary.removed)
            io.stdout.write(`  ${c.red('removed')}  ${terminalSafe(p)}\n`);
        for (const p of rendered)
            io.stdout.write(`  ${c.cyan('rendered')} ${terminalSafe(p)}\n`);
        io.stdout.write(line + '\n');
    }
    else
        io.stderr.write(line + '\n');
    // A fault of the file system (not a doc problem) wrote nothing: exit 2, like a config error.
    if (writesStopped(summary))
        return ExitCode.usage;
    return hasErrors(diagnostics) ? ExitCode.problems : ExitCode.ok;
}
/** Under the lock: sweep a killed run's temp files, compute, write, render. */
async function writeAndRender(project, io, values, outputDirs, cacheDir, verbosity) {
    for (const dir of outputDirs)
        if (!(await realPathProblem(project.root, dir)))
            await sweepTempFiles(path.join(project.root, dir));
    const outputs = await computeOutputs(project, { cacheDir, incremental: cacheDir !== null });
    const drift = await compareWithDisk(project, outputs);
    const svgs = outputs.files.filter((f) => f.path.endsWith('.mmd')).map((f) => svgPathFor(f.path));
    const writable = outputs.files.filter((f) => !drift.handWritten.includes(f.path));
    const kept = drift.diagnostics.filter((d) => d.ruleId === 'drift-hand-written');
    const summary = await writeGenerated(project.root, writable, drift.existing, drift.orphans, { outputDirs, force: !!values.force, laterTargets: svgs, ...(values.adopt ? { adopt: adoptable(await readRecord(project.root)) } : {}) });
    const renderDiagnostics = [];
    let rendered = [];
    const stopped = writesStopped(summary);
    if (!values['no-render'] && !stopped) {
        const blocked = new Set(summary.blocked.map((b) => b.path));
        const r = await renderSvgs(project, outputs.files.filter((f) => !blocked.has(svgPathFor(f.path))), io, !!values['require-render'], verbosity);
        renderDiagnostics.push(...r.diagnostics);
        rendered = r.written;
    }
    return { outputs, summary, renderDiagnostics, rendered, kept };
}
/** Diagnostics for what `generate` could not or would not write. */
function writeSummaryDiagnostics(summary, adopt) {
    const nothing = writesStopped(summary) ? '; nothing was written' : '';
    return [
        ...summary.failed.map((f) => ({
            ruleId: 'write-failed',
            severity: 'error',
            message: `Cannot write \`${f.path}\`: ${f.reason}${nothing}`,
            file: f.path,
            start: { line: 1, column: 1 },
            hint: 'Check that the folder is writable (not a read-only checkout) and the disk is not full, then run generate again.',
        })),
        ...summary.blocked.map((b) => b.ruleId === 'foreign-file'
            ? foreignFileDiagnostic(b.path, b.reason)
            : {
                ruleId: b.ruleId,
                severity: 'error',
                message: b.ruleId === 'not-a-file' ? `Cannot write \`${b.path}\`: ${b.reason} where docflow generates a file${nothing}` : `Refusing to write \`${b.path}\`: ${b.reason}${nothing}`,
                file: b.path,
                start: { line: 1, column: 1 },
                hint: b.ruleId === 'not-a-file' ? 'Move it away: docflow writes a file at this path.' : 'Point `paths.workflows` and `paths.diagrams` at real folders inside the project.',
            }),
        ...summary.takenOver.map((p) => ({
            ruleId: 'foreign-file',
            severity: 'warning',
            message: `Took over \`${p}\` (${adopt ? '--adopt: `docflow import` recorded it' : '--force'}): it had no docflow header and is now generated`,
            file: p,
            start: { line: 1, column: 1 },
        })),
    ];
}
/** Renders every diagram whose SVG is missing or stale (cached by source hash: nothing stale, no browser). */
async function renderSvgs(project, files, io, required, verbosity) {
    const jobs = files
        .filter((f) => f.path.endsWith('.mmd'))
        .map((f) => ({ mmdPath: path.join(project.root, f.path), svgPath: path.join(project.root, svgPathFor(f.path)), source: f.content }));
    const rel = (abs) => path.relative(project.root, abs).split(path.sep).join('/');
    const progress = createProgressLine({ stream: io.stderr, env: io.env, ...(verbosity === 'quiet' ? { quietUpTo: Infinity } : {}) });
    try {
        const result = await renderDiagramFiles(jobs, {
            browser: browserSearch(project, io.env),
            onProgress: progress.onProgress,
        });
        progress.finish();
        return {
            written: result.written.map(rel),
            diagnostics: result.errors.map((e) => ({
                ruleId: 'mermaid-syntax',
                severity: 'error',
                message: `Mermaid could not render this diagram: ${mermaidReason(e.message)}`,
                file: rel(e.key),
                start: { line: e.line, column: e.column ?? 1 },
                hint: 'The diagram comes from templates/diagram/*.mmd.hbs: fix the template (or report a docflow bug if you did not override it).',
            })),
        };
    }
    catch (e) {
        progress.finish();
        if (!(e instanceof NoBrowserError))
            throw e;
        return {
            written: [],
            diagnostics: [
                {
                    ruleId: 'no-browser',
                    severity: required ? 'error' : 'warning',
                    message: `No browser found to render ${jobs.length} diagram${jobs.length === 1 ? '' : 's'} to SVG; the .mmd files are written, the SVGs are not${searchOff(project) ? ' (`browser.executablePath: none` allows only PUPPETEER_EXECUTABLE_PATH)' : ''}`,
                    file: project.configFile ?? 'docflow.config.yaml',
                    start: { line: 1, column: 1 },
                    hint: BROWSER_HINT,
                },
            ],
        };
    }
}
/** The config value that turns the browser search off. */
const NO_SEARCH = 'none';
function searchOff(project) {
    return project.config.browser.executablePath === NO_SEARCH;
}
/**
 * Where to look for a browser: PUPPETEER_EXECUTABLE_PATH, the configured path
 * (relative to the root), then the system paths and puppeteer's cache. With
 * `browser.executablePath: none` only PUPPETEER_EXECUTABLE_PATH is tried, so a
 * run never picks up a browser it was not given (docs/config.md).
 */
function browserSearch(project, env) {
    if (searchOff(project))
        return { env, systemPaths: [], puppeteerCache: false };
    const configured = project.config.browser.executablePath;
    return { env, configuredPath: configured ? path.resolve(project.root, configured) : undefined };
}
/**
 * Mermaid's error on one line. A parse error's first line only says where
 * (`Parse error on line 30:`); what the parser got and expected is further down.
 */
function mermaidReason(message) {
    const [first = '', ...rest] = message.split('\n');
    const parse = rest.map((l) => /^Expecting (.+), got '([^']+)'$/.exec(l.trim())).find((m) => m !== null);
    if (!parse)
        return first;
    const expected = parse[1].split(', ');
    const shown = expected.length > 4 ? `${expected.slice(0, 4).join(', ')}, …` : expected.join(', ');
    return `${first.replace(/:\s*$/, '')}: unexpected \`${parse[2]}\`, expected ${shown}`;
}
