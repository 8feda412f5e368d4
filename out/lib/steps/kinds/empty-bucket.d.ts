export declare const emptyBucket: import("../kind.js").StepKind;
