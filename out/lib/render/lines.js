/**
 * Maps line numbers in Mermaid's error messages back to the `.mmd` source.
 * Mermaid parses a preprocessed text: front matter, `%%{…}%%` directives,
 * `%%` comment lines and leading blank lines are cut out first, so its
 * "line 3" is often not the file's line 3 (docflow's own header comments
 * would shift every error). This replays those cuts and remembers where each
 * surviving line came from.
 */
// Copied from mermaid 11 (src/diagram-api/regexes.ts and src/preprocess.ts);
// the line mapping is only right while these match the bundled mermaid.
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;
const LEADING_SPACE = /^\s+/;
/** Replays Mermaid's preprocessing of `source`, keeping line origins. */
export function parserView(source) {
    // Mermaid turns CRLF and lone CR into LF and requotes tag attributes
    // (same length), before anything else.
    const text = source
        .replace(/\r\n?/g, '\n')
        .replace(/<(\w+)([^>]*)>/g, (_, tag, attrs) => '<' + tag + attrs.replace(/="([^"]*)"/g, "='$1'") + '>');
    const sourceLines = text.split('\n');
    let tracked = { text, origin: sourceLines.map((_, i) => i + 1) };
    tracked = cut(tracked, FRONT_MATTER);
    tracked = cut(tracked, DIRECTIVE);
    tracked = cut(tracked, COMMENT_LINE);
    tracked = cut(tracked, LEADING_SPACE);
    const lines = tracked.text.split('\n');
    const origins = tracked.origin;
    // Errors at end of input (an unclosed block) belong on the last line with
    // content, not on the empty "line" after the final newline.
    while (lines.length > 1 && lines[lines.length - 1].trim() === '') {
        lines.pop();
        origins.pop();
    }
    return { lines, origins, sourceLines };
}
/**
 * The source line of Mermaid's 1-based `parserLine`. Past the end (Mermaid
 * appends a newline and reports EOF after it) it is the last line with content.
 */
export function sourceLineOf(view, parserLine) {
    const index = Math.min(Math.max(parserLine, 1), view.origins.length) - 1;
    return view.origins[index] ?? 1;
}
/**
 * Whether a column Mermaid reports on `parserLine` is also the column in the
 * source: only when preprocessing left that line exactly as written, and it
 * has no `#…;` entity codes (Mermaid re-encodes those with other lengths).
 */
export function columnIsExact(view, parserLine) {
    const text = view.lines[parserLine - 1];
    const origin = view.origins[parserLine - 1];
    if (text === undefined || origin === undefined)
        return false;
    return view.sourceLines[origin - 1] === text && !/#.*;/.test(text);
}
/** Removes every match of `pattern`, keeping each surviving line's origin. */
function cut(tracked, pattern) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    const matches = [...tracked.text.matchAll(global)].filter((m) => m[0].length > 0);
    let { text, origin } = tracked;
    // Last match first, so earlier offsets stay valid.
    for (const match of matches.reverse()) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        const firstLine = countNewlines(text, 0, start);
        const removed = countNewlines(text, start, end);
        if (removed > 0) {
            // The joined line keeps the origin of whichever side has content:
            // when the match starts a line, what is left came from its last line.
            const lineStart = text.lastIndexOf('\n', start - 1) + 1;
            const prefixBlank = text.slice(lineStart, start).trim() === '';
            const keep = prefixBlank ? origin[firstLine + removed] : origin[firstLine];
            origin = [...origin.slice(0, firstLine), keep ?? origin[firstLine] ?? 1, ...origin.slice(firstLine + removed + 1)];
        }
        text = text.slice(0, start) + text.slice(end);
    }
    return { text, origin };
}
function countNewlines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
