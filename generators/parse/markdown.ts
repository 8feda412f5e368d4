/**
 * Markdown → mdast with GFM tables and YAML front matter. Input is first
 * normalised (BOM, CRLF) so every encoding variant yields identical trees and
 * identical line/column positions.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Strips a UTF-8 BOM and turns CRLF/CR into LF; line and column numbers are unchanged. */
export function normalizeSource(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/** Parses normalised Markdown into mdast. Never throws on any input. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
