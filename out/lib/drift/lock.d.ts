/** The lock's name at the project root. */
export declare const LOCK_NAME = ".docflow.lock";
/** Thrown when the lock cannot be taken (held too long, or the folder is not writable). */
export declare class LockError extends Error {
    readonly lockPath: string;
    readonly reason: string;
    constructor(lockPath: string, reason: string);
}
/** Runs `work` with the project's generate lock held. */
export declare function withGenerateLock<T>(root: string, work: () => Promise<T>): Promise<T>;
