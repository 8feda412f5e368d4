/**
 * The parse cache: the mdast each doc parsed to, keyed by the doc's path and
 * the hash of its text, so a run after a few docs changed parses only those.
 * Parsing is most of what a cold run costs; a tree read back is the same
 * plain data the parser returned (mdast is JSON), so nothing downstream can
 * tell the difference. The trees live in cacache (integrity-checked) in a
 * fixed number of buckets by doc path: a changed doc rewrites its bucket
 * only, and a bucket drops the trees of docs that changed or went away.
 */
import { createHash } from 'node:crypto';
import { parseMarkdown } from '../parse/markdown.js';
import { analyzeProject } from '../project.js';
import { engineId } from '../version.js';
import { readEntry, replaceEntry } from './store.js';
const BUCKETS = 64;
/** First line of a bucket: a bucket written by another docflow build, or with another parser, is read as empty. */
const bucketHeader = () => `docflow-doc-trees 1 ${engineId()}`;
const bucketKey = (bucket) => `doc-trees:${bucket}`;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const bucketOf = (file) => parseInt(sha256(file).slice(0, 8), 16) % BUCKETS;
/** Reads the buckets holding `files` (a missing or corrupt bucket is empty). */
export async function openDocTrees(cacheDir, files) {
    const header = bucketHeader();
    const live = new Map();
    for (const f of files) {
        const b = bucketOf(f.path);
        if (!live.has(b))
            live.set(b, new Set());
        live.get(b).add(f.path);
    }
    /** Per bucket: doc path → [text hash, tree as JSON]. */
    const buckets = new Map();
    const dirty = new Set();
    await Promise.all([...live].map(async ([b, paths]) => {
        const entries = new Map();
        buckets.set(b, entries);
        const data = await readEntry(cacheDir, bucketKey(b));
        const lines = data ? data.toString('utf8').split('\n') : [];
        if (lines[0] !== header) {
            if (data)
                dirty.add(b);
            return;
        }
        for (const line of lines.slice(1)) {
            const [file, hash, json] = splitTwice(line);
            if (json === undefined)
                continue;
            if (paths.has(file))
                entries.set(file, [hash, json]);
            else
                dirty.add(b); // a doc that changed bucket or went away
        }
    }));
    const stats = { cached: 0, parsed: 0 };
    const parse = (text, file) => {
        const hash = sha256(text);
        const b = bucketOf(file);
        const entry = buckets.get(b)?.get(file);
        if (entry && entry[0] === hash) {
            try {
                const tree = JSON.parse(entry[1]);
                stats.cached++;
                return tree;
            }
            catch {
                // unreadable: parse again
            }
        }
        const tree = parseMarkdown(text);
        stats.parsed++;
        // Paths are single-line (docNameProblem); serialised now, before anything downstream holds the tree.
        if (!/[\t\n]/.test(file) && buckets.has(b)) {
            buckets.get(b).set(file, [hash, JSON.stringify(tree)]);
            dirty.add(b);
        }
        return tree;
    };
    const save = async () => {
        await Promise.all([...dirty].map((b) => {
            const lines = [...buckets.get(b)].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([file, [hash, json]]) => `${file}\t${hash}\t${json}`);
            return replaceEntry(cacheDir, bucketKey(b), [header, ...lines].join('\n'));
        }));
        dirty.clear();
    };
    return { parse, save, stats };
}
function splitTwice(line) {
    const a = line.indexOf('\t');
    const b = a < 0 ? -1 : line.indexOf('\t', a + 1);
    if (b < 0)
        return [line, '', undefined];
    return [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1)];
}
/** {@link analyzeProject} with the parse cache in `cacheDir` (null: parse every doc), and how many docs were parsed. */
export async function analyzeCached(inputs, cacheDir) {
    if (!cacheDir)
        return { project: analyzeProject(inputs), parsed: null };
    const trees = await openDocTrees(cacheDir, inputs.files);
    const project = analyzeProject(inputs, trees.parse);
    await trees.save();
    return { project, parsed: trees.stats };
}
/** The `--verbose` line of an incremental run: what was parsed and emitted, and what the caches answered. */
export function incrementalNote(command, parsed, emitted) {
    if (!parsed || !emitted)
        return null;
    return `${command}: ${parsed.parsed} doc${parsed.parsed === 1 ? '' : 's'} parsed, ${parsed.cached} from the cache; ${emitted.emitted} component workflow${emitted.emitted === 1 ? '' : 's'} emitted, ${emitted.cached} from the cache\n`;
}
