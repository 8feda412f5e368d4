/**
 * Splits a doc's mdast into an outline: front matter, the H1, and H2 sections
 * each holding their own content and H3 subsections. Thematic breaks are
 * dropped here, so `---` between sections never matters.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from '../diagnostics/diagnostic.js';
import { positionOf } from './inline.js';

/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface OutlineSection {
  title: string;
  /** Lower-cased, whitespace-collapsed, trailing colon removed: what matching uses. */
  key: string;
  depth: number;
  heading: Heading;
  position: Position;
  /** Content before the first subsection. */
  content: RootContent[];
  subsections: OutlineSection[];
  /** The section's Markdown source, heading excluded. */
  markdown: string;
}

/** A parsed doc before it is read as a component. */
export interface Outline {
  frontMatter: { value: string; position: Position } | null;
  title: { value: string; position: Position } | null;
  /** Content between the H1 and the first H2. */
  preamble: RootContent[];
  sections: OutlineSection[];
  /** Position of the first node: where doc-level problems go when there is no H1. */
  start: Position;
}

/** Normalises a heading for case-insensitive matching. */
export function sectionKey(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:]+$/, '').trim();
}

/** Builds the outline of a doc. `source` is the normalised text the tree came from. */
export function outline(root: Root, source: string): Outline {
  const fallback: Position = positionOf(root, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
  const result: Outline = { frontMatter: null, title: null, preamble: [], sections: [], start: fallback };
  const firstNode = root.children[0];
  if (firstNode) result.start = positionOf(firstNode, fallback);

  let h2: OutlineSection | null = null;
  let h3: OutlineSection | null = null;
  const open = (node: Heading): OutlineSection => {
    const title = toString(node).trim();
    return { title, key: sectionKey(title), depth: node.depth, heading: node, position: headingPosition(node, fallback), content: [], subsections: [], markdown: '' };
  };
  for (const node of root.children) {
    if (node.type === 'yaml') {
      if (!result.frontMatter && !result.title && !h2) result.frontMatter = { value: node.value, position: positionOf(node, fallback) };
      continue;
    }
    if (node.type === 'thematicBreak') continue;
    if (node.type === 'heading' && node.depth === 1 && !result.title && !h2) {
      result.title = { value: toString(node).trim(), position: headingPosition(node, fallback) };
      continue;
    }
    if (node.type === 'heading' && node.depth <= 2) {
      h2 = open(node);
      h3 = null;
      result.sections.push(h2);
      continue;
    }
    if (node.type === 'heading' && node.depth === 3 && h2) {
      h3 = open(node);
      h2.subsections.push(h3);
      continue;
    }
    (h3 ?? h2)?.content.push(node);
    if (!h2) result.preamble.push(node);
  }
  for (const s of result.sections) {
    fillMarkdown(s, source);
    for (const sub of s.subsections) fillMarkdown(sub, source);
  }
  return result;
}

/** A heading's range ends with its text, so trailing spaces or tabs never change it. */
function headingPosition(node: Heading, fallback: Position): Position {
  const own = positionOf(node, fallback);
  const last = node.children[node.children.length - 1];
  return last?.position ? { start: own.start, end: { line: last.position.end.line, column: last.position.end.column } } : own;
}

function fillMarkdown(section: OutlineSection, source: string): void {
  const nodes = [...section.content, ...section.subsections.flatMap((s) => [s.heading, ...s.content])];
  const first = nodes[0]?.position?.start.offset;
  const last = nodes[nodes.length - 1]?.position?.end.offset;
  section.markdown = first !== undefined && last !== undefined ? source.slice(first, last) : '';
}
