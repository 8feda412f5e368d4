/** Small Markdown helpers shared by the site's generators. Pure. */
import path from 'node:path';
import { HEADER_MARK } from '../emit/files.js';
/** The generated-file marker for a Markdown page: an HTML comment, invisible on GitHub and on the site. */
export function markdownHeader(source) {
    return `<!-- ${HEADER_MARK} from ${source} — do not edit. Edit the docs instead, then regenerate: npx docflow generate -->`;
}
/**
 * The first sentence of a Markdown paragraph: up to the first `.`, `!` or `?`
 * followed by a space or the end, outside code spans and links' URLs. Common
 * abbreviations (`e.g.`, `i.e.`, `etc.`) do not end a sentence.
 */
export function firstSentence(markdown) {
    const paragraph = (markdown.split(/\n\s*\n/)[0] ?? '').replace(/\s*\n\s*/g, ' ').trim();
    let code = false;
    let url = 0;
    for (let i = 0; i < paragraph.length; i++) {
        const ch = paragraph[i];
        if (ch === '`')
            code = !code;
        else if (!code && ch === '(' && paragraph[i - 1] === ']')
            url++;
        else if (!code && ch === ')' && url > 0)
            url--;
        else if (!code && url === 0 && '.!?'.includes(ch) && (i + 1 === paragraph.length || paragraph[i + 1] === ' ')) {
            if (ch === '.' && /\b(?:e\.g|i\.e|etc|vs)$/i.test(paragraph.slice(0, i)))
                continue;
            return paragraph.slice(0, i + 1);
        }
    }
    return paragraph;
}
/** Text safe inside a Markdown table cell: no pipes, no line breaks. */
export function cell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
/** A code span holding `text` (a longer fence when it contains backticks). */
export function codeSpan(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}
/** A relative link target from the folder `fromDir` to `to` (both root-relative, `/`-separated), starting `./` or `../`. */
export function relativeLink(fromDir, to) {
    const rel = path.posix.relative(fromDir, to);
    return rel.startsWith('.') ? rel : `./${rel}`;
}
/** A fenced code block that no line of `text` can close. */
export function fenced(lang, text) {
    const longest = Math.max(2, ...[...text.matchAll(/^\s*(`{3,})/gm)].map((m) => m[1].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}
