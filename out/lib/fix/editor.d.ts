/**
 * The surgical editor: applies edits given in the normalised text's
 * coordinates (1-based line/column, as mdast reports them) to the file's raw
 * bytes. A BOM and each line's ending are kept; inserted text takes the
 * file's own line ending. Bytes outside the edited ranges never change.
 */
import type { Point } from '../diagnostics/diagnostic.js';
/** Replace the text from `start` up to (not including) `end` with `text` (`\n` line breaks). */
export interface Edit {
    start: Point;
    end: Point;
    text: string;
}
/** The line ending most of the file's lines use (LF when it has none). */
export declare function lineEnding(raw: string): '\n' | '\r\n';
/**
 * Applies `edits` to `raw`. Edits must not overlap; an edit that overlaps an
 * earlier one (in the order given) is skipped and returned, for a later round.
 */
export declare function applyEdits(raw: string, edits: readonly Edit[]): {
    text: string;
    skipped: Edit[];
};
