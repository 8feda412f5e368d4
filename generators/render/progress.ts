/**
 * A single self-updating progress line for long renders. It only appears on
 * an interactive terminal: logs in CI and in pipes stay free of `\r` noise.
 */
import type { RenderProgress } from './renderer.js';

/** The little of a terminal stream the progress line uses (`process.stderr` fits). */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Options of {@link createProgressLine}. */
export interface ProgressLineOptions {
  /** Where to draw (default `process.stderr`). */
  stream?: ProgressStream;
  /** Environment to read `CI` from (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Batches of this many diagrams or fewer draw nothing (default 5). */
  quietUpTo?: number;
}

/** Feed `onProgress` to a render; call `finish` afterwards to clear the line. */
export interface ProgressLine {
  onProgress(progress: RenderProgress): void;
  finish(): void;
}

/**
 * A progress line on `stream` when it is a TTY, `CI` is unset and the batch
 * has more than `quietUpTo` diagrams; otherwise every call does nothing.
 */
export function createProgressLine(options: ProgressLineOptions = {}): ProgressLine {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  const quietUpTo = options.quietUpTo ?? 5;
  const enabled = stream.isTTY === true && !env['CI'];
  let drawn = false;
  return {
    onProgress(progress) {
      if (!enabled || progress.total <= quietUpTo) return;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\x1b[2K${formatProgress(progress).slice(0, width)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** `Rendering diagrams 12/40 (31.5/s) docs/x.mmd`: the text of one progress line. */
export function formatProgress(progress: RenderProgress): string {
  return `Rendering diagrams ${progress.done}/${progress.total} (${progress.ratePerSec.toFixed(1)}/s) ${progress.current}`;
}
