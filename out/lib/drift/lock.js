/**
 * One `generate` at a time per project: a lock file (`.docflow.lock` at the
 * root, by `proper-lockfile`). A second run waits for the first; a lock left
 * by a killed run goes stale (its mtime stops being refreshed) and is taken over.
 */
import path from 'node:path';
import lockfile from 'proper-lockfile';
/** The lock's name at the project root. */
export const LOCK_NAME = '.docflow.lock';
/** Thrown when the lock cannot be taken (held too long, or the folder is not writable). */
export class LockError extends Error {
    lockPath;
    reason;
    constructor(lockPath, reason) {
        super(`Cannot take the generate lock \`${lockPath}\`: ${reason}`);
        this.lockPath = lockPath;
        this.reason = reason;
    }
}
/** Runs `work` with the project's generate lock held. */
export async function withGenerateLock(root, work) {
    const lockPath = path.join(root, LOCK_NAME);
    let compromised = null;
    let release;
    try {
        release = await lockfile.lock(root, {
            lockfilePath: lockPath,
            realpath: false,
            stale: 10_000,
            update: 2_000,
            // Long enough to outwait another run, or a killed run's lock going stale.
            retries: { retries: 60, factor: 1.2, minTimeout: 50, maxTimeout: 1_000 },
            onCompromised: (e) => void (compromised = e),
        });
    }
    catch (e) {
        throw new LockError(LOCK_NAME, e.code ?? e.message);
    }
    try {
        return await work();
    }
    finally {
        if (!compromised)
            await release().catch(() => undefined);
    }
}
