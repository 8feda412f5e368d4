export declare const checkout: import("../kind.js").StepKind;
