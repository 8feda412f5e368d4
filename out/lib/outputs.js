/**
 * Everything docflow generates for a project, in memory, plus the problems
 * found producing it (template errors, actionlint findings), and how it
 * compares with disk. `generate` writes it; `check` only reports.
 */
import { openEmitCache } from './cache/emitted.js';
import { cacheDirFor } from './cache/sync.js';
import { normalizeDiagnostics } from './diagnostics/diagnostic.js';
import { compareDrift, generatedOnDisk, readExisting } from './drift/drift.js';
import { compareSvgs, svgPathFor } from './drift/svg.js';
import { isInside } from './drift/containment.js';
import { hasHeader } from './emit/files.js';
import { generateWorkflows } from './emit/generate.js';
import { lintWorkflows } from './lint/actionlint.js';
import { generateSiteFiles } from './site/generate.js';
/** Computes every generated file for the project. */
export async function computeOutputs(project, options = {}) {
    const cacheDir = options.cacheDir === undefined ? cacheDirFor(project.root) : options.cacheDir;
    const emitted = options.incremental && cacheDir ? await openEmitCache(cacheDir, project.root, project.emitFingerprint) : null;
    const generated = generateWorkflows({ analysis: project.analysis, config: project.config, templates: project.templates, ...(emitted ? { memo: emitted.memo } : {}) });
    await emitted?.save();
    const site = generateSiteFiles({ analysis: project.analysis, config: project.config, files: generated.files }, project.configFile);
    const files = [...generated.files, ...site].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const lint = options.lint === false ? [] : await lintWorkflows(files, { cacheDir });
    return { files, heldBack: generated.heldBack, diagnostics: [...generated.diagnostics, ...lint], plans: generated.plans, ...(emitted ? { emitted: { ...emitted.stats } } : {}) };
}
/**
 * Whether a generated file's header names this project's docs: a doc in the
 * docs folder, or the orchestrators' `every doc in <docs>` / `the docs in …`.
 * A file naming another docs folder belongs to another docflow setup.
 */
export function ownsSource(docsDir) {
    const docs = docsDir.replace(/\/+$/, '');
    return (source) => {
        if (source === `every doc in ${docs}` || source === docs)
            return true;
        if (source.startsWith('the docs in '))
            return source.slice('the docs in '.length).split(', ').every((d) => isInside(d, docs));
        return source.endsWith('.md') && isInside(source, docs);
    };
}
function isHandWritten(text) {
    return text !== null && text !== undefined && !hasHeader(text);
}
/** Compares outputs with disk: generated text byte for byte, SVGs by embedded source hash. Reads only. */
export async function compareWithDisk(project, outputs) {
    const diagrams = outputs.files.filter((f) => f.path.endsWith('.mmd'));
    const svgs = diagrams.map((d) => svgPathFor(d.path));
    const existing = await readExisting(project.root, outputs.files.map((f) => f.path));
    const existingSvgs = await readExisting(project.root, svgs);
    const owned = [project.config.paths.workflows, project.config.paths.diagrams, project.config.paths.docs].map((d) => d.replace(/\/+$/, ''));
    const headed = await generatedOnDisk(project.root, owned, ['.yml', '.yaml', '.mmd', '.svg', '.md']);
    // A Markdown page (the components index) may already exist, written by hand: it is the user's, never ours to replace.
    const handWritten = outputs.files.filter((f) => f.path.endsWith('.md') && isHandWritten(existing.get(f.path))).map((f) => f.path);
    const compared = outputs.files.filter((f) => !handWritten.includes(f.path));
    const files = compareDrift(compared, existing, headed, new Set(outputs.heldBack), new Set(svgs), ownsSource(project.config.paths.docs));
    const rendered = compareSvgs(diagrams, existingSvgs);
    const kept = handWritten.map((p) => ({
        ruleId: 'drift-hand-written',
        severity: 'error',
        message: `\`${p}\` was written by hand (it has no docflow header), so docflow does not replace it with the generated components index`,
        file: p,
        start: { line: 1, column: 1 },
        hint: 'Move what you want to keep into another page, delete the file, then run `npx docflow generate`; or remove `site:` from docflow.config.yaml.',
    }));
    return {
        entries: [...files.entries, ...rendered.entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
        diagnostics: normalizeDiagnostics([...files.diagnostics, ...rendered.diagnostics, ...kept]),
        existing,
        orphans: files.entries.filter((e) => e.kind === 'orphaned').map((e) => e.path),
        handWritten,
    };
}
