/**
 * Text from docs reaches terminals and CI logs through diagnostics. Control
 * characters in it (ESC sequences: OSC 52 clipboard writes, title changes,
 * clear-screen; C1 controls; bidi overrides) would act on the terminal, so
 * they are shown as visible `\u001b`-style escapes instead.
 */
/** `text` with every control character shown as `\uXXXX`; newlines too, so one value stays on one line. */
export declare function terminalSafe(text: string): string;
