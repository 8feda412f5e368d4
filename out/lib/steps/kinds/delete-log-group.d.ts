export declare const deleteLogGroup: import("../kind.js").StepKind;
