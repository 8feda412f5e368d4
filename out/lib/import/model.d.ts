/** What an import makes of the workflows: per component, its doc's content, and what it could not map. */
import type { Position } from '../diagnostics/diagnostic.js';
import type { Phase } from '../model/types.js';
/** One doc step: the item's text, its nested body, its option sentences. */
export interface ImportedStep {
    text: string;
    body: readonly string[];
    /** Option sentences (`Id \`deploy\`.`), written as one paragraph under the item. */
    options: readonly string[];
    /** The kind that adopted it (for reports only). */
    kind: string;
    /** The workflow step's `id`, and the other stacks' outputs it writes as step outputs (`import --merge` compares values by them). */
    id: string | null;
    produces: readonly {
        name: string;
        stack: string;
        output: string;
    }[];
    /** Where the workflow step is. */
    file: string;
    position: Position;
}
/** A setting a workflow implies, where it was read. */
export interface FoundSetting {
    key: string;
    value: unknown;
    component: string;
    /** The workflow it was read from (a workflow-only key such as `env` may go to that workflow's front matter). */
    phase: Phase;
    file: string;
    position: Position;
}
export interface ImportedWorkflow {
    phase: Phase;
    file: string;
    steps: ImportedStep[];
    /** Front matter `deploy:` / `delete:` options. */
    options: Record<string, unknown>;
    /** Steps that could not become doc steps, listed in the Description. */
    notes: string[];
    /** Stacks the steps deploy, delete or read, in order. */
    stacks: {
        action: 'deploy' | 'delete' | 'read';
        name: string;
    }[];
    /** The environment the dispatch form preselects and the job falls back to (`inputs.x || 'dev'`), when the workflow says. */
    defaultEnvironment: string | null;
}
export interface ImportedComponent {
    id: string;
    stack: string | null;
    workflows: Partial<Record<Phase, ImportedWorkflow>>;
    /** Dependency ids per phase (component ids, without `delete-`). */
    dependencies: Record<Phase, string[]>;
    requiredBy: Record<Phase, string[]>;
    /** Why each dependency is there: `deploy-all`, or the stack output it reads. */
    reasons: Map<string, string>;
    /** Per-component settings that differ from the project's (front matter keys). */
    frontMatter: Record<string, unknown>;
}
/** Something the import could not map, or a disagreement between files; printed `file:line:col`. */
export interface ImportFinding {
    ruleId: 'import-unmapped' | 'import-disagreement' | 'import-conflict';
    file: string;
    position: Position;
    message: string;
}
