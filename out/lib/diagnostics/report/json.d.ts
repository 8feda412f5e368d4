/** The JSON reporter and the flat Diagnostic shape used in `model` output. */
import type { Diagnostic } from '../diagnostic.js';
/** A diagnostic as printed by `--format json` and in `docflow model`. */
export interface DiagnosticJson {
    file: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    severity: Diagnostic['severity'];
    code: string;
    message: string;
    hint?: string;
    ids?: string[];
    related?: {
        file: string;
        line: number;
        column: number;
        message: string;
    }[];
}
/** Flattens a diagnostic for JSON. */
export declare function diagnosticJson(d: Diagnostic): DiagnosticJson;
/** `{ "diagnostics": [...] }` with a final newline. */
export declare function formatJson(diagnostics: readonly Diagnostic[]): string;
