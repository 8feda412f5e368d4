export declare const setupNode: import("../kind.js").StepKind;
