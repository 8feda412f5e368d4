export declare const stackOutputLookup: import("../kind.js").StepKind;
