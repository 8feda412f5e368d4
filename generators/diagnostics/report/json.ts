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
  related?: { file: string; line: number; column: number; message: string }[];
}

/** Flattens a diagnostic for JSON. */
export function diagnosticJson(d: Diagnostic): DiagnosticJson {
  return {
    file: d.file,
    line: d.start.line,
    column: d.start.column,
    ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
    severity: d.severity,
    code: d.ruleId,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.ids?.length ? { ids: d.ids } : {}),
    ...(d.related?.length ? { related: d.related.map((r) => ({ file: r.file, line: r.start.line, column: r.start.column, message: r.message })) } : {}),
  };
}

/** `{ "diagnostics": [...] }` with a final newline. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify({ diagnostics: diagnostics.map(diagnosticJson) }, null, 2) + '\n';
}
