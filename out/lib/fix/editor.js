/** The line ending most of the file's lines use (LF when it has none). */
export function lineEnding(raw) {
    const crlf = raw.match(/\r\n/g)?.length ?? 0;
    const lf = (raw.match(/\n/g)?.length ?? 0) - crlf;
    return crlf > lf ? '\r\n' : '\n';
}
/**
 * Applies `edits` to `raw`. Edits must not overlap; an edit that overlaps an
 * earlier one (in the order given) is skipped and returned, for a later round.
 */
export function applyEdits(raw, edits) {
    const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starts = [0];
    for (let i = 0; i < raw.length; i++)
        if (raw[i] === '\n')
            starts.push(i + 1);
    const offset = (p) => {
        const lineStart = starts[p.line - 1];
        if (lineStart === undefined)
            return raw.length;
        const lineEnd = p.line < starts.length ? starts[p.line] - 1 : raw.length;
        const content = raw[lineEnd - 1] === '\r' && lineEnd > lineStart ? lineEnd - 1 : lineEnd;
        return Math.min(lineStart + (p.line === 1 ? bom : 0) + p.column - 1, content);
    };
    const eol = lineEnding(raw);
    const accepted = [];
    const skipped = [];
    for (const e of edits) {
        const from = offset(e.start);
        const span = { from, to: Math.max(from, offset(e.end)), text: e.text.replace(/\n/g, eol) };
        if (accepted.some((a) => span.from < a.to && a.from < span.to) || accepted.some((a) => a.from === a.to && span.from === span.to && a.from === span.from)) {
            skipped.push(e);
            continue;
        }
        accepted.push(span);
    }
    let text = raw;
    for (const a of [...accepted].sort((x, y) => y.from - x.from))
        text = text.slice(0, a.from) + a.text + text.slice(a.to);
    return { text, skipped };
}
