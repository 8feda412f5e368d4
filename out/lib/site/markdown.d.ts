/** The generated-file marker for a Markdown page: an HTML comment, invisible on GitHub and on the site. */
export declare function markdownHeader(source: string): string;
/**
 * The first sentence of a Markdown paragraph: up to the first `.`, `!` or `?`
 * followed by a space or the end, outside code spans and links' URLs. Common
 * abbreviations (`e.g.`, `i.e.`, `etc.`) do not end a sentence.
 */
export declare function firstSentence(markdown: string): string;
/** Text safe inside a Markdown table cell: no pipes, no line breaks. */
export declare function cell(text: string): string;
/** A code span holding `text` (a longer fence when it contains backticks). */
export declare function codeSpan(text: string): string;
/** A relative link target from the folder `fromDir` to `to` (both root-relative, `/`-separated), starting `./` or `../`. */
export declare function relativeLink(fromDir: string, to: string): string;
/** A fenced code block that no line of `text` can close. */
export declare function fenced(lang: string, text: string): string;
