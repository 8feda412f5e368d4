/**
 * `docflow check`: doc diagnostics, actionlint on the generated output, and
 * drift against disk. Writes nothing but its cache, needs no browser. When
 * the inputs and the generated folders are as the last in-sync run left
 * them, the answer comes from the cache: no doc is parsed, nothing emitted
 * or linted.
 */
import path from 'node:path';
import { cachedFolders, cacheDirFor, hashGeneratedFolders, upToDateRecord, writeSyncRecord } from '../../cache/sync.js';
import { hasErrors, normalizeDiagnostics } from '../../diagnostics/diagnostic.js';
import { formatJson } from '../../diagnostics/report/json.js';
import { terminalSafe } from '../../diagnostics/report/terminal.js';
import { compareWithDisk, computeOutputs } from '../../outputs.js';
import { analyzeCached, incrementalNote } from '../../cache/trees.js';
import { formatOption, parseCommandArgs, verbosityOption } from '../args.js';
import { colorsFor, ExitCode } from '../io.js';
import { report } from '../report.js';
import { openProjectInputs } from './project.js';
export async function checkCommand(argv, io) {
    const { values } = parseCommandArgs('check', argv, { format: { type: 'string' }, 'no-cache': { type: 'boolean' }, 'cache-dir': { type: 'string' } });
    const format = formatOption('check', values.format, ['text', 'json', 'github'], 'text');
    const verbosity = verbosityOption('check', values);
    const inputs = await openProjectInputs(values, io, format);
    if (typeof inputs === 'number')
        return inputs;
    const cacheDir = values['cache-dir'] ? path.resolve(io.cwd, values['cache-dir']) : cacheDirFor(inputs.root);
    const cached = values['no-cache'] ? null : await upToDateRecord(inputs, cacheDir);
    let diagnostics;
    let drift;
    if (cached) {
        diagnostics = checkDiagnostics(cached.analysis, cached.produced, []);
        drift = { entries: [] };
        if (verbosity === 'verbose')
            io.stderr.write('check: inputs and generated files unchanged since the last in-sync run; answered from the cache\n');
    }
    else {
        const { project, parsed } = await analyzeCached(inputs, values['no-cache'] ? null : cacheDir);
        const outputs = await computeOutputs(project, { cacheDir: values['no-cache'] ? null : cacheDir, incremental: !values['no-cache'] });
        const note = incrementalNote('check', parsed, outputs.emitted);
        if (note && verbosity === 'verbose')
            io.stderr.write(note);
        const compared = await compareWithDisk(project, outputs);
        drift = compared;
        diagnostics = checkDiagnostics(project.analysis.diagnostics, outputs.diagnostics, compared.diagnostics);
        if (compared.entries.length === 0 && !values['no-cache']) {
            const disk = await hashGeneratedFolders(inputs.root, cachedFolders(inputs), inputs.config.paths.docs.replace(/\/+$/, ''));
            await writeSyncRecord(cacheDir, { fingerprint: inputs.fingerprint, disk, analysis: project.analysis.diagnostics, produced: outputs.diagnostics, outputs: outputs.files.length, extraInputs: project.extraInputs });
        }
    }
    if (format === 'json') {
        const json = JSON.parse(formatJson(diagnostics));
        io.stdout.write(JSON.stringify({ ...json, drift: drift.entries }, null, 2) + '\n');
    }
    else {
        report(io, io.stdout, format, diagnostics, inputs.files.length, new Map(inputs.files.map((f) => [f.path, f.text])), verbosity);
        if (format === 'text') {
            const c = colorsFor(io.stdout, io.env);
            for (const e of drift.entries) {
                if (!e.diff)
                    continue;
                const colored = e.diff.split('\n').map(terminalSafe).map((l) => (l.startsWith('+') && !l.startsWith('+++') ? c.green(l) : l.startsWith('-') && !l.startsWith('---') ? c.red(l) : l.startsWith('@@') ? c.cyan(l) : l));
                io.stdout.write('\n' + colored.join('\n'));
            }
        }
    }
    return hasErrors(diagnostics) ? ExitCode.problems : ExitCode.ok;
}
/** What `check` reports: `check` writes nothing, so "not generated" notes are noise here; the errors behind them are reported. */
function checkDiagnostics(analysis, produced, drift) {
    return normalizeDiagnostics([...analysis, ...produced.filter((d) => d.ruleId !== 'not-generated'), ...drift]);
}
