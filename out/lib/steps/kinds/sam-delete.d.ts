export declare const samDelete: import("../kind.js").StepKind;
