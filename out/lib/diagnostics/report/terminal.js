/**
 * Text from docs reaches terminals and CI logs through diagnostics. Control
 * characters in it (ESC sequences: OSC 52 clipboard writes, title changes,
 * clear-screen; C1 controls; bidi overrides) would act on the terminal, so
 * they are shown as visible `\u001b`-style escapes instead.
 */
// C0 (except tab), DEL, C1, the line and paragraph separators, and bidi embeddings, overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** `text` with every control character shown as `\uXXXX`; newlines too, so one value stays on one line. */
export function terminalSafe(text) {
    return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
