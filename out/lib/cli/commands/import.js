/**
 * `docflow import`: reads hand-written workflows and writes the component
 * docs, config and import record that describe them (`generators/import/`).
 * `--merge` adds what existing docs lack through the fix editor; `--dry-run`
 * prints the docs and diffs and writes nothing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { loadConfig } from '../../config/load.js';
import { formatText } from '../../diagnostics/report/text.js';
import { writeAtomic } from '../../drift/atomic.js';
import { mergeDocs } from '../../import/merge.js';
import { readRecord, RECORD_FILE, recordText, sha256 } from '../../import/record.js';
import { importWorkflows } from '../../import/run.js';
import { toPosix } from '../../model/load.js';
import { builtinStepKinds } from '../../steps/registry.js';
import { loadUserStepKinds } from '../../steps/user-kinds.js';
import { parseCommandArgs, rootOption } from '../args.js';
import { colorsFor, ExitCode, UsageError } from '../io.js';
/** The workflow files named on the command line: files as given, folders' `*.yml`/`*.yaml`. */
async function workflowFiles(root, args, io) {
    const out = [];
    for (const arg of args) {
        const full = path.resolve(io.cwd, arg);
        const stat = await fs.stat(full).catch(() => null);
        if (!stat)
            throw new UsageError(`import: \`${arg}\` does not exist`);
        const rel = toPosix(path.relative(root, full));
        if (rel.startsWith('..') || path.isAbsolute(rel))
            throw new UsageError(`import: \`${arg}\` is outside the project root ${root}`);
        if (stat.isDirectory()) {
            const names = (await fs.readdir(full)).filter((n) => /\.ya?ml$/.test(n)).sort();
            out.push(...names.map((n) => toPosix(path.join(rel, n))));
        }
        else
            out.push(rel);
    }
    return [...new Set(out)].sort();
}
const exists = async (file) => (await fs.stat(file).catch(() => null)) !== null;
export async function importCommand(argv, io) {
    const { values, positionals } = parseCommandArgs('import', argv, { merge: { type: 'boolean' }, 'dry-run': { type: 'boolean' } }, true);
    const root = rootOption(values.root, io.cwd);
    const loaded = await loadConfig(root);
    if (loaded.diagnostics.some((d) => d.severity === 'error')) {
        io.stderr.write(formatText(loaded.diagnostics, { colors: colorsFor(io.stderr, io.env), verbose: false, hints: true }));
        return ExitCode.usage;
    }
    const config = loaded.config;
    if (values.docs !== undefined)
        config.paths.docs = values.docs;
    const user = await loadUserStepKinds(root, path.join(root, config.paths.templates, 'steps'));
    const files = await workflowFiles(root, positionals.length > 0 ? positionals : [path.join(root, config.paths.workflows)], io);
    const workflows = await Promise.all(files.map(async (file) => ({ file, text: await fs.readFile(path.join(root, file), 'utf8') })));
    const configFile = loaded.file ? { file: loaded.file, text: await fs.readFile(path.join(root, loaded.file), 'utf8') } : null;
    const result = importWorkflows({ workflows, config, configFile, kinds: [...user.kinds, ...builtinStepKinds] });
    const dryRun = values['dry-run'] === true;
    const merge = values.merge === true;
    // New docs are written whole; existing docs only with --merge, through the fix editor.
    const writes = [];
    const findings = [...result.findings];
    const existing = new Map();
    for (const doc of result.docs) {
        const full = path.join(root, doc.file);
        if (await exists(full))
            existing.set(doc.file, await fs.readFile(full, 'utf8'));
    }
    const merged = merge ? mergeDocs(result, existing, config) : null;
    if (merged)
        findings.push(...merged.findings);
    const written = [];
    for (const doc of result.docs) {
        const before = existing.get(doc.file);
        if (before === undefined)
            writes.push({ file: doc.file, before: null, text: doc.text });
        else if (merged) {
            const text = merged.docs.get(doc.file);
            if (text !== undefined && text !== before)
                writes.push({ file: doc.file, before, text });
        }
        else {
            findings.push({ ruleId: 'import-conflict', file: doc.file, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message: `\`${doc.file}\` exists and was left as it is; run \`docflow import --merge\` to add what the workflows do and the doc lacks` });
            continue;
        }
        written.push(doc.file);
    }
    if (result.config)
        writes.push({ file: result.config.file, before: configFile?.file === result.config.file ? configFile.text : null, text: result.config.text });
    // The record: workflows whose docs this import wrote or merged, at their bytes now.
    const record = await readRecord(root);
    const docByComponent = new Map(result.docs.map((d) => [d.component, d.file]));
    for (const c of result.components) {
        const doc = docByComponent.get(c.id);
        if (!written.includes(doc) && !existing.has(doc))
            continue;
        if (existing.has(doc) && !merge)
            continue;
        for (const wf of Object.values(c.workflows))
            record.workflows[wf.file] = { doc, sha256: sha256(workflows.find((w) => w.file === wf.file).text) };
    }
    if (written.length > 0) {
        const components = new Set(result.components.flatMap((c) => Object.values(c.workflows).map((w) => w.file)));
        for (const file of result.adopted.filter((f) => !components.has(f)))
            record.workflows[file] = { doc: config.paths.docs, sha256: sha256(workflows.find((w) => w.file === file).text) };
    }
    const recordBefore = await fs.readFile(path.join(root, RECORD_FILE), 'utf8').catch(() => null);
    const recordAfter = recordText(record);
    if (recordAfter !== recordBefore && Object.keys(record.workflows).length > 0)
        writes.push({ file: RECORD_FILE, before: recordBefore, text: recordAfter });
    for (const w of writes) {
        if (dryRun) {
            io.stdout.write(w.before === null ? `--- would write ${w.file}\n${w.text}${w.text.endsWith('\n') ? '' : '\n'}` : createTwoFilesPatch(`a/${w.file}`, `b/${w.file}`, w.before, w.text));
        }
        else {
            await fs.mkdir(path.dirname(path.join(root, w.file)), { recursive: true });
            await writeAtomic(path.join(root, w.file), w.text);
        }
    }
    const diagnostics = findings.map((f) => ({ ruleId: f.ruleId, severity: 'warning', message: f.message, file: f.file, start: f.position.start }));
    io.stdout.write(formatText(diagnostics, { colors: colorsFor(io.stdout, io.env), verbose: false, hints: false }));
    const unmapped = findings.filter((f) => f.ruleId === 'import-unmapped').length;
    const conflicts = findings.filter((f) => f.ruleId === 'import-conflict').length;
    const components = result.components.length;
    const verb = dryRun ? 'would write' : 'wrote';
    io.stdout.write(`imported ${result.adopted.length} workflow${result.adopted.length === 1 ? '' : 's'} into ${components} doc${components === 1 ? '' : 's'}; ${verb} ${writes.length} file${writes.length === 1 ? '' : 's'}` +
        `; ${unmapped} part${unmapped === 1 ? '' : 's'} not mapped, ${conflicts} conflict${conflicts === 1 ? '' : 's'} (listed above)\n` +
        (result.generated.length > 0 ? `${result.generated.length} workflow${result.generated.length === 1 ? ' is' : 's are'} docflow's own (generated header): not imported.\n` : '') +
        (result.adopted.length > 0 ? 'The hand-written workflows are left in place (no docflow header): `docflow generate --adopt` replaces the ones recorded in docflow.import.json.\n' : ''));
    return unmapped + conflicts > 0 ? ExitCode.problems : ExitCode.ok;
}
