export declare const cloudfrontInvalidation: import("../kind.js").StepKind;
