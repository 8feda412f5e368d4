/**
 * Markdown → mdast (unified + remark-parse) with the syntax docs use beyond
 * CommonMark: GFM tables and strikethrough, and YAML front matter. Full GFM
 * is not loaded on purpose: its autolink-literal scanner alone triples parse
 * time, and docs gain nothing from it. Input is first normalised (BOM, CRLF)
 * so every encoding variant yields identical trees and positions.
 */
import type { Root } from 'mdast';
/** Strips a UTF-8 BOM and turns CRLF/CR into LF; line and column numbers are unchanged. */
export declare function normalizeSource(text: string): string;
/** Parses normalised Markdown into mdast. Never throws on any input. */
export declare function parseMarkdown(text: string): Root;
