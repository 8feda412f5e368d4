import { terminalSafe } from './terminal.js';
/** Formats diagnostics, one per line (more with snippets), ending with a newline when non-empty. */
export function formatText(diagnostics, options) {
    const c = options.colors;
    const lines = [];
    // Split each source once: per diagnostic would be quadratic on a large doc with many findings.
    const split = new Map();
    const sourceLines = (file) => {
        const text = options.sources?.get(file);
        if (text === undefined)
            return undefined;
        if (!split.has(file))
            split.set(file, text.replace(/^\uFEFF/, '').split(/\r?\n/));
        return split.get(file);
    };
    for (const d of diagnostics) {
        const sev = d.severity === 'error' ? c.red(d.severity) : d.severity === 'warning' ? c.yellow(d.severity) : c.blue(d.severity);
        lines.push(`${c.bold(`${terminalSafe(d.file)}:${d.start.line}:${d.start.column}`)}: ${sev} ${terminalSafe(d.message)} ${c.dim(`[${d.ruleId}]`)}`);
        if (!options.verbose) {
            if (d.hint && options.hints !== false)
                lines.push(`  ${c.cyan('hint:')} ${terminalSafe(d.hint)}`);
            continue;
        }
        const snippet = snippetFor(d, sourceLines(d.file));
        if (snippet)
            lines.push(...snippet.map((l, i) => (i === snippet.length - 1 ? c.green(l) : l)));
        for (const r of d.related ?? [])
            lines.push(`  ${c.dim(`${terminalSafe(r.file)}:${r.start.line}:${r.start.column}: ${terminalSafe(r.message)}`)}`);
        if (d.hint)
            lines.push(`  ${c.cyan('hint:')} ${terminalSafe(d.hint)}`);
    }
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
function snippetFor(d, source) {
    if (source === undefined)
        return null;
    const line = source[d.start.line - 1];
    if (line === undefined)
        return null;
    const width = d.end && d.end.line === d.start.line ? Math.max(1, d.end.column - d.start.column) : 1;
    const gutter = `${d.start.line} | `;
    return [`  ${gutter}${terminalSafe(line)}`, `  ${' '.repeat(gutter.length + d.start.column - 1)}^${'~'.repeat(width - 1)}`];
}
/** `2 errors, 1 warning in 16 docs` — the closing line (without `in …` when `docs` is null). */
export function summaryLine(diagnostics, docs, colors) {
    const count = (s) => diagnostics.filter((d) => d.severity === s).length;
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const errors = count('error');
    const warnings = count('warning');
    const where = docs === null ? '' : ` in ${plural(docs, 'doc')}`;
    if (errors === 0 && warnings === 0)
        return colors.green(`✓ no problems${where}`);
    const text = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${where}`;
    return errors > 0 ? colors.red(`✖ ${text}`) : colors.yellow(`⚠ ${text}`);
}
