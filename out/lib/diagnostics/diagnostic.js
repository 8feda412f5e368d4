const severityRank = { error: 0, warning: 1, info: 2 };
/** Total order used everywhere: file, line, column, rule, then message. */
export function compareDiagnostics(a, b) {
    return (cmp(a.file, b.file) ||
        a.start.line - b.start.line ||
        a.start.column - b.start.column ||
        cmp(a.ruleId, b.ruleId) ||
        severityRank[a.severity] - severityRank[b.severity] ||
        cmp(a.message, b.message));
}
/** Sorts and removes exact duplicates (same place, rule and message). */
export function normalizeDiagnostics(list) {
    const sorted = [...list].sort(compareDiagnostics);
    const out = [];
    for (const d of sorted) {
        const prev = out[out.length - 1];
        if (prev && compareDiagnostics(prev, d) === 0)
            continue;
        out.push(d);
    }
    return out;
}
/** True when any diagnostic is an error. */
export function hasErrors(list) {
    return list.some((d) => d.severity === 'error');
}
/** Plain code-unit comparison: locale-independent, so output is the same on every machine. */
export function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
