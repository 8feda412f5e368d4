/**
 * Executable examples in our own docs: fenced blocks found with the same
 * Markdown parser docflow uses, so a fence inside a fence is never misread.
 */
import type { Code, Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normalizeSource, parseMarkdown } from '../../generators/parse/markdown.js';

/** A fenced block with its info string split into `key=value` attributes. */
export interface FencedBlock {
  lang: string | null;
  attrs: Record<string, string>;
  body: string;
  /** Line of the opening fence in the doc. */
  line: number;
  /** Text of the nearest H2 above the block, if any. */
  section: string | null;
}

/** Every fenced code block of `markdown`, in order. */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const root = parseMarkdown(normalizeSource(markdown));
  const out: FencedBlock[] = [];
  let section: string | null = null;
  for (const node of root.children) {
    if (node.type === 'heading' && (node as Heading).depth === 2) section = toString(node).trim();
    if (node.type !== 'code') continue;
    const code = node as Code;
    const attrs: Record<string, string> = {};
    for (const m of (code.meta ?? '').matchAll(/([\w-]+)=(\S+)/g)) attrs[m[1]!] = m[2]!;
    out.push({ lang: code.lang ?? null, attrs, body: code.value + '\n', line: code.position!.start.line, section });
  }
  return out;
}

/** Marker that starts a new doc inside a block: `<!-- file: name.md -->`. */
export const FILE_MARKER = /^<!--\s*file:\s*(\S+?)\s*-->\s*$/;

/**
 * Splits a block into docs at `<!-- file: name.md -->` lines. Text before the
 * first marker (if any) is `example.md`. Each doc's text starts on the line
 * after its marker, so reported lines count from the doc's own first line.
 */
export function splitDocs(body: string, defaultName = 'example.md'): Record<string, string> {
  const docs: Record<string, string> = {};
  let name = defaultName;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('\n');
    if (text.trim() !== '') {
      if (name in docs) throw new Error(`two docs named ${name} in one block`);
      docs[name] = text.endsWith('\n') ? text : text + '\n';
    }
  };
  for (const line of body.replace(/\n$/, '').split('\n')) {
    const m = FILE_MARKER.exec(line);
    if (!m) {
      lines.push(line);
      continue;
    }
    flush();
    name = m[1]!;
    lines = [];
  }
  flush();
  return docs;
}
