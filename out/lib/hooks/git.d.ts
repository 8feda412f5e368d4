/** A git command failed (not found, not a repository, …). */
export declare class GitError extends Error {
}
/** Runs `git args` in `cwd` (environment inherited: GIT_INDEX_FILE and GIT_DIR matter in hooks); stdout as a Buffer. */
export declare function git(cwd: string, args: string[], input?: string | Buffer): Buffer;
/** NUL-separated output as strings. */
export declare function gitList(cwd: string, args: string[]): string[];
