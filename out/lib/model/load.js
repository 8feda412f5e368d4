import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../config/types.js';
import { cmp } from '../diagnostics/diagnostic.js';
import { realPathProblem } from '../drift/containment.js';
import { hasHeader } from '../header.js';
import { normalizeSource, parseMarkdown } from '../parse/markdown.js';
import { outline } from '../parse/outline.js';
import { builtinStepKinds } from '../steps/registry.js';
import { buildComponent } from './build.js';
import { resolveReferences } from './resolve.js';
/** Builds the model from in-memory files, each component's settings resolved over `config`. The result does not depend on the order of `files`. */
export function buildModel(files, kinds = builtinStepKinds, config = DEFAULT_CONFIG, parse = parseMarkdown) {
    const sorted = [...files].sort((a, b) => cmp(a.path, b.path));
    const components = [];
    const documents = [];
    const diagnostics = [];
    for (const file of sorted) {
        if (file.readError !== undefined) {
            documents.push({ file: file.path, isComponent: false });
            diagnostics.push({
                ruleId: 'unreadable-file',
                severity: 'error',
                message: `Cannot read this doc: ${file.readError}`,
                file: file.path,
                start: { line: 1, column: 1 },
                hint: 'Check the file permissions, or move the file out of the docs folder.',
            });
            continue;
        }
        const badName = docNameProblem(file.path);
        if (badName) {
            documents.push({ file: file.path, isComponent: false });
            diagnostics.push({
                ruleId: 'invalid-doc-name',
                severity: 'error',
                message: `Unexpected doc file name ${JSON.stringify(file.path)}: ${badName}; this doc is skipped`,
                file: file.path,
                start: { line: 1, column: 1 },
                hint: 'A doc path names workflows and diagrams: use letters, digits, `.`, `_` and `-` only, e.g. `docs/components/users-api.md`.',
            });
            continue;
        }
        const text = normalizeSource(file.text);
        if (hasHeader(text)) {
            // A page docflow generates into the docs folder (the components index): an output, never parsed as a doc.
            documents.push({ file: file.path, isComponent: false });
            diagnostics.push({ ruleId: 'not-a-component', severity: 'info', message: "Skipped: a page docflow generates (its first line is docflow's header), not a component doc", file: file.path, start: { line: 1, column: 1 } });
            continue;
        }
        const built = buildComponent(file.path, outline(parse(text, file.path), text), kinds, config);
        documents.push({ file: file.path, isComponent: built.component !== null });
        diagnostics.push(...built.diagnostics);
        if (built.component)
            components.push(built.component);
    }
    components.sort((a, b) => cmp(a.id, b.id) || cmp(a.file, b.file));
    resolveReferences(components);
    return { components, documents, diagnostics };
}
// A doc path reaches YAML (`DOC_FILE`), Mermaid comments and terminals: only these characters, in every segment.
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
/** Why a doc's root-relative path is not safe to use as data, or null. */
export function docNameProblem(p) {
    const bad = p.split('/').find((s) => !SAFE_SEGMENT.test(s));
    return bad === undefined ? null : `${JSON.stringify(bad)} holds characters other than letters, digits, \`.\`, \`_\` and \`-\``;
}
/** Thrown when the docs folder cannot be read: a usage error, not a doc problem. */
export class DocsFolderError extends Error {
}
/** Reads every `*.md` under `root/docsDir`, recursively, sorted by path. */
export async function readDocs(root, docsDir) {
    const base = path.resolve(root, docsDir);
    const stat = await fs.stat(base).catch(() => null);
    if (!stat?.isDirectory())
        throw new DocsFolderError(`docs folder \`${toPosix(path.relative(root, base)) || '.'}\` not found under ${root}; pass --docs DIR or set paths.docs in docflow.config.yaml`);
    const out = [];
    const seen = new Set();
    const walk = async (dir) => {
        const real = await fs.realpath(dir);
        if (seen.has(real))
            return; // a symlink loop, or a folder linked twice
        seen.add(real);
        const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => cmp(a.name, b.name));
        for (const e of entries) {
            if (e.name.startsWith('.') || e.name === 'node_modules')
                continue;
            const full = path.join(dir, e.name);
            const rel = toPosix(path.relative(root, full));
            let isDir = e.isDirectory();
            let isFile = e.isFile();
            if (e.isSymbolicLink()) {
                // A linked doc or folder is read when it resolves inside the root, and reported otherwise: never silently skipped.
                const stat = await fs.stat(full).catch(() => null);
                if (!stat?.isDirectory() && !e.name.toLowerCase().endsWith('.md'))
                    continue;
                const problem = stat ? await realPathProblem(root, rel) : 'it is a broken symlink';
                if (problem) {
                    out.push({ path: rel, text: '', readError: `${problem}; it is not read` });
                    continue;
                }
                isDir = stat.isDirectory();
                isFile = stat.isFile();
            }
            if (isDir)
                await walk(full);
            else if (isFile && e.name.toLowerCase().endsWith('.md')) {
                try {
                    out.push({ path: rel, text: readFileSync(full, 'utf8') });
                }
                catch (e) {
                    out.push({ path: rel, text: '', readError: e.code ?? e.message });
                }
            }
        }
    };
    await walk(base);
    return out;
}
/** Converts a platform path to `/` separators. */
export function toPosix(p) {
    return p.split(path.sep).join('/');
}
