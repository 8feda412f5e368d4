export declare const script: import("../kind.js").StepKind;
