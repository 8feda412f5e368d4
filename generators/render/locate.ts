/**
 * Places Mermaid's errors in the `.mmd` source: the line (and, when it is
 * exact, the column) of the file, not of Mermaid's preprocessed text.
 */
import type { DiagramError } from './errors.js';
import { columnIsExact, parserView, sourceLineOf } from './lines.js';
import type { PageOutcome } from './page.js';

type PageFailure = Extract<PageOutcome, { ok: false }>;

/** Turns Mermaid's error into a {@link DiagramError} located in the `.mmd` source. */
export function locateError(key: string, source: string, outcome: PageFailure): DiagramError {
  const view = parserView(source);
  // Jison's message names the line it points at; its hash.line has already moved
  // past an unexpected NEWLINE, so the message wins when it has a number.
  const parserLine = numberAfter(outcome.message, 'line') ?? outcome.parserLine ?? 1;
  const line = sourceLineOf(view, parserLine);
  // Mermaid quotes its own line number in the text; say the file's instead.
  const message = outcome.message.replace(/\bline (\d+)/i, (_, n: string) => `line ${sourceLineOf(view, Number(n))}`);
  const error: DiagramError = { key, message, line };
  const column = outcome.parserColumn ?? numberAfter(outcome.message, 'column');
  if (column !== undefined && columnIsExact(view, parserLine)) error.column = column;
  return error;
}

function numberAfter(message: string, word: string): number | undefined {
  const match = new RegExp(`\\b${word} (\\d+)`, 'i').exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Where to report a failure Mermaid gave no line for: the diagram's first line. */
export function firstContentLine(source: string): number {
  return sourceLineOf(parserView(source), 1);
}
