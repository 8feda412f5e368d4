export declare const cloudformationDeploy: import("../kind.js").StepKind;
