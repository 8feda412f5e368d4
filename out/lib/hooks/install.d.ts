/** The line that marks a hook as docflow's. */
export declare const HOOK_MARK = "# docflow pre-commit hook";
/** What {@link installHook} did. */
export type InstallResult = {
    kind: 'installed' | 'updated' | 'unchanged';
    path: string;
} | {
    kind: 'refused';
    path: string;
};
/** The hook script: the project's own docflow if installed, else the one that wrote the hook. */
export declare function hookScript(): string;
/** Installs the pre-commit hook of the repository at `cwd`. */
export declare function installHook(cwd: string): Promise<InstallResult>;
