export declare const setupSam: import("../kind.js").StepKind;
