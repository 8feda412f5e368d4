import type { PreCommitPlan } from './plan.js';
/** A copy of the index's inputs and generated files in a temp folder, with the blob id of each generated file there. */
export declare function checkoutIndex(plan: PreCommitPlan): Promise<{
    root: string;
    before: Map<string, string>;
}>;
/** Generated files whose bytes in `root` differ from the index (written or removed by generate). */
export declare function changedGenerated(plan: PreCommitPlan, root: string, before: ReadonlyMap<string, string>): Promise<{
    write: string[];
    remove: string[];
}>;
/**
 * Stages `write` (from `root`) and the removal of `remove`. The work tree
 * copy of each is updated only when it held exactly what the index held.
 */
export declare function stageGenerated(plan: PreCommitPlan, root: string, before: ReadonlyMap<string, string>, changes: {
    write: string[];
    remove: string[];
}): Promise<void>;
/** The cache folder of the real repository, shared by the temp copy's runs. */
export declare function repoCacheDir(plan: PreCommitPlan): string;
