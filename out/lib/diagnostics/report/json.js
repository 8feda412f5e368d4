/** Flattens a diagnostic for JSON. */
export function diagnosticJson(d) {
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
export function formatJson(diagnostics) {
    return JSON.stringify({ diagnostics: diagnostics.map(diagnosticJson) }, null, 2) + '\n';
}
