/** Prints diagnostics in the chosen format to the right stream. */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatGithub } from '../diagnostics/report/github.js';
import { formatJson } from '../diagnostics/report/json.js';
import { formatText, summaryLine } from '../diagnostics/report/text.js';
import type { Verbosity } from './args.js';
import { type CliIO, colorsFor, type OutStream } from './io.js';

/** Diagnostics output formats. */
export type ReportFormat = 'text' | 'json' | 'github';

/**
 * Writes `diagnostics` to `stream`; text gets a summary line. `quiet` text
 * shows only errors and warnings, without the summary; `verbose` text always
 * shows snippets, related places and hints (otherwise only on a TTY).
 */
export function report(io: CliIO, stream: OutStream, format: ReportFormat, diagnostics: readonly Diagnostic[], docs: number | null, sources?: ReadonlyMap<string, string>, verbosity: Verbosity = 'normal'): void {
  if (format === 'json') return stream.write(formatJson(diagnostics));
  if (format === 'github') return stream.write(formatGithub(diagnostics));
  const colors = colorsFor(stream, io.env);
  const shown = verbosity === 'quiet' ? diagnostics.filter((d) => d.severity !== 'info') : diagnostics;
  stream.write(formatText(shown, { colors, verbose: verbosity === 'verbose' || !!stream.isTTY, ...(sources ? { sources } : {}) }));
  if (verbosity !== 'quiet') stream.write(summaryLine(diagnostics, docs, colors) + '\n');
}
