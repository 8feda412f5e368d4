export declare const npmBuild: import("../kind.js").StepKind;
