/**
 * Maps line numbers in Mermaid's error messages back to the `.mmd` source.
 * Mermaid parses a preprocessed text: front matter, `%%{…}%%` directives,
 * `%%` comment lines and leading blank lines are cut out first, so its
 * "line 3" is often not the file's line 3 (docflow's own header comments
 * would shift every error). This replays those cuts and remembers where each
 * surviving line came from.
 */
/** The text Mermaid's parser sees, line by line, and where each line came from. */
export interface ParserView {
    /** The parser's lines (index 0 is its line 1). */
    lines: string[];
    /** For each parser line, the 1-based source line it came from. */
    origins: number[];
    /** The source's lines after Mermaid's length-preserving cleanup. */
    sourceLines: string[];
}
/** Replays Mermaid's preprocessing of `source`, keeping line origins. */
export declare function parserView(source: string): ParserView;
/**
 * The source line of Mermaid's 1-based `parserLine`. Past the end (Mermaid
 * appends a newline and reports EOF after it) it is the last line with content.
 */
export declare function sourceLineOf(view: ParserView, parserLine: number): number;
/**
 * Whether a column Mermaid reports on `parserLine` is also the column in the
 * source: only when preprocessing left that line exactly as written, and it
 * has no `#…;` entity codes (Mermaid re-encodes those with other lengths).
 */
export declare function columnIsExact(view: ParserView, parserLine: number): boolean;
