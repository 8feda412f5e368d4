export declare const setupPython: import("../kind.js").StepKind;
