import { terminalSafe } from './terminal.js';
const command = { error: 'error', warning: 'warning', info: 'notice' };
/** One workflow command per diagnostic. */
export function formatGithub(diagnostics) {
    return diagnostics
        .map((d) => {
        const props = [`file=${prop(d.file)}`, `line=${d.start.line}`, `col=${d.start.column}`];
        if (d.end)
            props.push(`endLine=${d.end.line}`, `endColumn=${d.end.column}`);
        props.push(`title=${prop(d.ruleId)}`);
        const text = d.hint ? `${d.message} (${d.hint})` : d.message;
        return `::${command[d.severity]} ${props.join(',')}::${data(text)}\n`;
    })
        .join('');
}
// Escaping as in @actions/core: data escapes %, CR, LF; properties also ':' and ','.
// Other control characters would act on the log viewer's terminal: shown escaped.
function data(s) {
    return terminalSafe(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function prop(s) {
    return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
