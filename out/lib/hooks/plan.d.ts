/** What the hook found to do. */
export interface PreCommitPlan {
    /** The repository's top folder. */
    top: string;
    /** Staged paths that are generate inputs (empty: nothing to do). */
    relevant: string[];
    docs: string;
    templates: string;
    /** Git pathspecs of the CloudFormation templates the checks may read: the `paths.stackTemplates` pattern, and every YAML file (a build step may name any). */
    stackTemplates: string[];
    generated: string[];
    /** Pages docflow generates into the docs folder (the components index): staged like the generated folders' files when regenerated. */
    pages: string[];
}
/** Which staged paths are inputs, from the staged config. Cheap: no doc is read. */
export declare function preCommitPlan(cwd: string): PreCommitPlan;
