/**
 * `docflow hooks pre-commit`: when docs, templates, user step kinds or the
 * config are staged, regenerates from the *staged* versions and stages
 * exactly the generated files that changed. It works on a copy of the index
 * (the docs, templates, config and generated folders) in a temp folder, so a
 * partially staged doc is generated as it will be committed, and the work
 * tree is never read for inputs. A regenerated file is written to the work
 * tree only where the work tree held what the index held (no unstaged edit
 * there); other files are never touched. Errors refuse the commit.
 */
import { existsSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cacheDirFor, GENERATED_EXTENSIONS } from '../cache/sync.js';
import { CONFIG_FILES } from '../config/types.js';
import { git, gitList } from './git.js';
/** Whether `p` is a file generate owns: one with a generated extension directly in a generated folder, or a generated page. */
function isGeneratedPath(plan, p) {
    return plan.pages.includes(p) || (GENERATED_EXTENSIONS.some((x) => p.endsWith(x)) && plan.generated.includes(path.posix.dirname(p)));
}
/** Blob ids of files (absolute paths), as git computes them (whatever the repository's hash). */
function blobIds(top, files, write = false) {
    if (files.length === 0)
        return [];
    return git(top, ['hash-object', ...(write ? ['-w'] : []), '--stdin-paths'], files.join('\n') + '\n').toString('utf8').trim().split('\n');
}
/** A copy of the index's inputs and generated files in a temp folder, with the blob id of each generated file there. */
export async function checkoutIndex(plan) {
    const root = await fs.mkdtemp(path.join(tmpdir(), 'docflow-pre-commit-'));
    // The checks read the CloudFormation templates too (paths.stackTemplates, or any file a build step names).
    const files = gitList(plan.top, ['ls-files', '-z', '--', ...CONFIG_FILES, plan.docs, plan.templates, ...plan.stackTemplates, ...plan.generated, 'package.json']);
    if (files.length > 0)
        git(plan.top, ['checkout-index', '-z', '--stdin', `--prefix=${root}/`], files.join('\0') + '\0');
    const before = new Map();
    for (const line of gitList(plan.top, ['ls-files', '-s', '-z', '--', ...plan.generated, ...plan.pages])) {
        const [meta, p] = line.split('\t');
        if (isGeneratedPath(plan, p))
            before.set(p, meta.split(' ')[1]);
    }
    return { root, before };
}
/** Generated files whose bytes in `root` differ from the index (written or removed by generate). */
export async function changedGenerated(plan, root, before) {
    const paths = [];
    for (const dir of plan.generated) {
        const entries = await fs.readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
        for (const e of entries)
            if (e.isFile() && GENERATED_EXTENSIONS.some((x) => e.name.endsWith(x)))
                paths.push(`${dir}/${e.name}`);
    }
    // A generated page (the components index): only ever written or removed by generate when it carries docflow's header, so any change is generate's.
    for (const page of plan.pages)
        if (!paths.includes(page) && (await fs.stat(path.join(root, page)).then((s) => s.isFile(), () => false)))
            paths.push(page);
    const ids = blobIds(plan.top, paths.map((p) => path.join(root, p)));
    const now = new Map(paths.map((p, i) => [p, ids[i]]));
    const write = [...now].filter(([p, id]) => before.get(p) !== id).map(([p]) => p).sort();
    const remove = [...before.keys()].filter((p) => !now.has(p)).sort();
    return { write, remove };
}
/**
 * Stages `write` (from `root`) and the removal of `remove`. The work tree
 * copy of each is updated only when it held exactly what the index held.
 */
export async function stageGenerated(plan, root, before, changes) {
    // Safe to update in the work tree: it holds what the index holds (or neither has the file).
    const touched = [...changes.write, ...changes.remove];
    const present = touched.filter((p) => existsSync(path.join(plan.top, p)));
    const worktreeIds = new Map(blobIds(plan.top, present.map((p) => path.join(plan.top, p))).map((id, i) => [present[i], id]));
    const safe = new Map(touched.map((p) => [p, worktreeIds.get(p) === before.get(p)]));
    const ids = blobIds(plan.top, changes.write.map((p) => path.join(root, p)), true);
    const info = [...changes.write.map((p, i) => `100644 ${ids[i]}\t${p}`), ...changes.remove.map((p) => `0 ${'0'.repeat(40)}\t${p}`)];
    if (info.length > 0)
        git(plan.top, ['update-index', '--index-info'], info.join('\n') + '\n');
    for (const p of changes.write) {
        if (!safe.get(p))
            continue;
        await fs.mkdir(path.dirname(path.join(plan.top, p)), { recursive: true });
        await fs.copyFile(path.join(root, p), path.join(plan.top, p));
    }
    for (const p of changes.remove)
        if (safe.get(p))
            await fs.rm(path.join(plan.top, p), { force: true });
}
/** The cache folder of the real repository, shared by the temp copy's runs. */
export function repoCacheDir(plan) {
    return cacheDirFor(plan.top);
}
