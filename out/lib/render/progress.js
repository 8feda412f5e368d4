/**
 * A progress line on `stream` when it is a TTY, `CI` is unset and the batch
 * has more than `quietUpTo` diagrams; otherwise every call does nothing.
 */
export function createProgressLine(options = {}) {
    const stream = options.stream ?? process.stderr;
    const env = options.env ?? process.env;
    const quietUpTo = options.quietUpTo ?? 5;
    const enabled = stream.isTTY === true && !env['CI'];
    let drawn = false;
    return {
        onProgress(progress) {
            if (!enabled || progress.total <= quietUpTo)
                return;
            const width = Math.max(20, (stream.columns ?? 80) - 1);
            stream.write(`\r\x1b[2K${formatProgress(progress).slice(0, width)}`);
            drawn = true;
        },
        finish() {
            if (drawn)
                stream.write('\r\x1b[2K');
            drawn = false;
        },
    };
}
/** `Rendering diagrams 12/40 (31.5/s) docs/x.mmd`: the text of one progress line. */
export function formatProgress(progress) {
    return `Rendering diagrams ${progress.done}/${progress.total} (${progress.ratePerSec.toFixed(1)}/s) ${progress.current}`;
}
