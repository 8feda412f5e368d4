export declare const shell: import("../kind.js").StepKind;
