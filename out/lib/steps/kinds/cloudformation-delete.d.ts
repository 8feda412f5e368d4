export declare const cloudformationDelete: import("../kind.js").StepKind;
