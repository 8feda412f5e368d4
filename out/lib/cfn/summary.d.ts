import type { StackIndex } from './stacks.js';
/** Where a template parameter's value comes from. */
export type ParameterOrigin = {
    kind: 'expression';
    expression: string;
} | {
    kind: 'stack-output';
    stack: string;
    output: string;
} | {
    kind: 'lookup';
    step: number;
    output: string;
} | {
    kind: 'literal';
    value: string;
} | {
    kind: 'composed';
    parts: ({
        literal: string;
    } | {
        expression: string;
    })[];
} | {
    kind: 'default';
    value: string | null;
} | {
    kind: 'missing';
};
/** One reader of an output. */
export interface OutputReader {
    component: string;
    /** `step 7`, `the source of \`ApiId\``, or `Fn::ImportValue`. */
    how: string;
}
/** A component's template as its page shows it. */
export interface TemplateSummary {
    file: string;
    parameters: {
        name: string;
        origin: ParameterOrigin;
        line: number;
    }[];
    outputs: {
        name: string;
        exportName: string | null;
        readers: OutputReader[];
        line: number;
    }[];
}
/** The summary of `id`'s template, or null when it has none that was read. */
export declare function templateSummary(stacks: StackIndex, id: string): TemplateSummary | null;
