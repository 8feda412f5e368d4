import { type FSWatcher } from 'chokidar';
import type { CliIO } from '../io.js';
/** Quiet time after the last change before a run starts. */
export declare const WATCH_DEBOUNCE_MS = 150;
export declare function watchGenerate(values: Record<string, unknown>, io: CliIO, runOnce: () => Promise<number>): Promise<number>;
/** The folders and files a watch follows (absolute paths). */
export interface WatchedSources {
    root: string;
    docs: string;
    templates: string;
    /** Output folders: nothing in them triggers a run. */
    generated: readonly string[];
    /** The CloudFormation templates the checks read: `paths.stackTemplates`, relative to the root, `{id}` standing for one path segment part. */
    stackTemplates?: string;
}
/**
 * A chokidar watcher on the docs, the templates and the config files, and the
 * test for a path that should trigger a run. It watches folders that exist:
 * the root, plus the docs or templates folder when it lies outside the root.
 * chokidar 4 counts a path that does not exist twice towards `ready`, so
 * watching a missing templates folder or config file directly made `ready`
 * come before the docs were even listed: a doc saved right after was never
 * seen. Watching the root instead also notices such a folder or file when it
 * is created later. Only the docs, the templates and their parent folders are
 * walked; everything else under the root is ignored unread.
 */
export declare function watchSources(sources: WatchedSources): {
    watcher: FSWatcher;
    relevant: (p: string) => boolean;
};
