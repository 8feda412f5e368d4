export declare const samDeploy: import("../kind.js").StepKind;
