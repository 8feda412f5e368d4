import type { Step } from '../model/types.js';
/** `flag`: the `--template-file` value (null: none); `file`: the file that must exist, relative to the root. */
export declare function buildTemplate(step: Step, id: string, pattern: string): {
    flag: string | null;
    file: string;
};
