import { columnIsExact, parserView, sourceLineOf } from './lines.js';
/** Turns Mermaid's error into a {@link DiagramError} located in the `.mmd` source. */
export function locateError(key, source, outcome) {
    const view = parserView(source);
    // Jison's message names the line it points at; its hash.line has already moved
    // past an unexpected NEWLINE, so the message wins when it has a number.
    const parserLine = numberAfter(outcome.message, 'line') ?? outcome.parserLine ?? 1;
    const line = sourceLineOf(view, parserLine);
    // Mermaid quotes its own line number in the text; say the file's instead.
    const message = outcome.message.replace(/\bline (\d+)/i, (_, n) => `line ${sourceLineOf(view, Number(n))}`);
    const error = { key, message, line };
    const column = outcome.parserColumn ?? numberAfter(outcome.message, 'column');
    if (column !== undefined && columnIsExact(view, parserLine))
        error.column = column;
    return error;
}
function numberAfter(message, word) {
    const match = new RegExp(`\\b${word} (\\d+)`, 'i').exec(message);
    return match ? Number(match[1]) : undefined;
}
/** Where to report a failure Mermaid gave no line for: the diagram's first line. */
export function firstContentLine(source) {
    return sourceLineOf(parserView(source), 1);
}
