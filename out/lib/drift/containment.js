/**
 * Containment: every folder docflow reads from or writes to must resolve
 * inside the project root, outside `.git/`, and not through a symlink that
 * leaves the root. Checked on the configured value (lexically) and on the
 * real path of what exists on disk, before any write or delete.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
/** Why a root-relative path is not safe to use, or null when it is. Lexical only. */
export function lexicalPathProblem(rel) {
    if (rel.includes('\0'))
        return 'it holds a NUL character';
    if (path.isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel) || rel.startsWith('\\'))
        return 'it is an absolute path; paths are relative to the project root';
    const segments = path.posix.normalize(rel.replace(/\\/g, '/')).split('/');
    if (segments[0] === '..')
        return 'it leaves the project root';
    if (segments.some((s) => s.toLowerCase() === '.git'))
        return 'it is inside `.git/`, where a written file could run as a git hook';
    return null;
}
/**
 * Why `rel` (a file or folder under root, existing or not) is not safe on
 * disk: the real path of its longest existing prefix must stay inside the
 * real root and out of `.git/`. Null when it is safe.
 */
export async function realPathProblem(root, rel) {
    const lexical = lexicalPathProblem(rel);
    if (lexical)
        return lexical;
    const realRoot = await fs.realpath(root);
    let probe = path.resolve(root, rel);
    // Walk up to the longest prefix that exists; what does not exist yet cannot be a link.
    for (;;) {
        const real = await fs.realpath(probe).catch((e) => (e.code === 'ENOENT' || e.code === 'ENOTDIR' ? null : Promise.reject(e)));
        if (real !== null)
            return realProblem(realRoot, real, probe === path.resolve(root, rel) ? rel : path.relative(root, probe));
        const parent = path.dirname(probe);
        if (parent === probe)
            return null;
        probe = parent;
    }
}
function realProblem(realRoot, real, shown) {
    const inside = path.relative(realRoot, real);
    if (inside.startsWith('..') || path.isAbsolute(inside))
        return `\`${toPosix(shown) || '.'}\` resolves to \`${real}\`, outside the project root (through a symlink)`;
    if (inside.split(path.sep).some((s) => s.toLowerCase() === '.git'))
        return `\`${toPosix(shown)}\` resolves into \`.git/\` (through a symlink)`;
    return null;
}
/** True when `rel` is `dir` or inside it (both root-relative, `/`-separated). */
export function isInside(rel, dir) {
    const d = dir.replace(/\/+$/, '');
    return rel === d || rel.startsWith(`${d}/`);
}
function toPosix(p) {
    return p.split(path.sep).join('/');
}
