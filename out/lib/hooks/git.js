/** The few git plumbing commands the pre-commit hook needs, run synchronously in a work tree. */
import { spawnSync } from 'node:child_process';
/** A git command failed (not found, not a repository, …). */
export class GitError extends Error {
}
/** Runs `git args` in `cwd` (environment inherited: GIT_INDEX_FILE and GIT_DIR matter in hooks); stdout as a Buffer. */
export function git(cwd, args, input) {
    const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
    if (r.error)
        throw new GitError(`cannot run git: ${r.error.message}`);
    if (r.status !== 0)
        throw new GitError(`\`git ${args.join(' ')}\` failed: ${r.stderr.toString('utf8').trim()}`);
    return r.stdout;
}
/** NUL-separated output as strings. */
export function gitList(cwd, args) {
    return git(cwd, args).toString('utf8').split('\0').filter((s) => s !== '');
}
