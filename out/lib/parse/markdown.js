import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
/** A remark plugin adding exactly the syntax extensions docflow reads. */
function remarkDocSyntax() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), frontmatter(['yaml']));
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), frontmatterFromMarkdown(['yaml']));
}
const processor = unified().use(remarkParse).use(remarkDocSyntax).freeze();
/** Strips a UTF-8 BOM and turns CRLF/CR into LF; line and column numbers are unchanged. */
export function normalizeSource(text) {
    const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}
/** Parses normalised Markdown into mdast. Never throws on any input. */
export function parseMarkdown(text) {
    return processor.parse(text);
}
