import type { Config } from '../config/types.js';
import type { StepKind } from '../steps/kind.js';
import type { ImportedComponent, ImportFinding } from './model.js';
export interface ImportInput {
    /** Workflow files, path relative to the root → text. */
    workflows: readonly {
        file: string;
        text: string;
    }[];
    config: Config;
    /** The config file's path and text, when there is one. */
    configFile: {
        file: string;
        text: string;
    } | null;
    kinds: readonly StepKind[];
}
export interface ImportResult {
    components: ImportedComponent[];
    /** Docs to write: path relative to the root → text. */
    docs: {
        file: string;
        text: string;
        component: string;
    }[];
    /** The config file to write (null: nothing to change). */
    config: {
        file: string;
        text: string;
    } | null;
    /** Workflow files an import produced docs for (what `generate --adopt` may replace). */
    adopted: string[];
    /** Workflow files docflow generated (its header): nothing to import. */
    generated: string[];
    findings: ImportFinding[];
}
export declare function importWorkflows(input: ImportInput): ImportResult;
