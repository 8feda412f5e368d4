import { formatGithub } from '../diagnostics/report/github.js';
import { formatJson } from '../diagnostics/report/json.js';
import { formatText, summaryLine } from '../diagnostics/report/text.js';
import { colorsFor } from './io.js';
/**
 * Writes `diagnostics` to `stream`; text gets a summary line. `quiet` text
 * shows only errors and warnings, without the summary; `verbose` text always
 * shows snippets, related places and hints (otherwise only on a TTY).
 */
export function report(io, stream, format, diagnostics, docs, sources, verbosity = 'normal') {
    if (format === 'json')
        return stream.write(formatJson(diagnostics));
    if (format === 'github')
        return stream.write(formatGithub(diagnostics));
    const colors = colorsFor(stream, io.env);
    const shown = verbosity === 'quiet' ? diagnostics.filter((d) => d.severity !== 'info') : diagnostics;
    stream.write(formatText(shown, { colors, verbose: verbosity === 'verbose' || !!stream.isTTY, ...(sources ? { sources } : {}) }));
    if (verbosity !== 'quiet')
        stream.write(summaryLine(diagnostics, docs, colors) + '\n');
}
