export declare const samBuild: import("../kind.js").StepKind;
