export declare const s3Sync: import("../kind.js").StepKind;
