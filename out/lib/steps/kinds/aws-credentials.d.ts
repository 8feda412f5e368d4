export declare const awsCredentials: import("../kind.js").StepKind;
