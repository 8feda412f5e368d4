/**
 * A doc as `docflow fix` edits it: its lines and outline (re-read from the
 * same parser the model uses, so positions agree), and the style its
 * entries are written in, so additions look like the author's own.
 */
import type { List, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { NONE, SUBSECTIONS } from '../model/build.js';
import { normalizeSource, parseMarkdown } from '../parse/markdown.js';
import { type OutlineSection, outline, type Outline } from '../parse/outline.js';
import type { EntryList } from '../graph/consistency.js';
import type { Component, Phase } from '../model/types.js';

/** A doc's text, lines and outline. */
export interface FixDoc {
  file: string;
  raw: string;
  /** The normalised text's lines (no line endings). */
  lines: string[];
  outline: Outline;
}

/** Reads a doc for editing. */
export function readFixDoc(file: string, raw: string): FixDoc {
  const text = normalizeSource(raw);
  return { file, raw, lines: text.split('\n'), outline: outline(parseMarkdown(text), text) };
}

/** The H2 that holds a list: `Dependencies` or `Required By`. */
export function entrySection(doc: FixDoc, list: EntryList): OutlineSection | undefined {
  return doc.outline.sections.find((s) => s.key === (list === 'dependencies' ? 'dependencies' : 'required by'));
}

/** The H3 of one phase inside an entry section. */
export function phaseSubsection(section: OutlineSection, list: EntryList, phase: Phase): OutlineSection | undefined {
  const names = SUBSECTIONS[list === 'dependencies' ? 'dependencies' : 'required by'];
  return section.subsections.find((s) => names[s.key] === phase);
}

/** A workflow H2. */
export function workflowSection(doc: FixDoc, phase: Phase): OutlineSection | undefined {
  return doc.outline.sections.find((s) => s.key === `${phase} workflow`);
}

/** The last line a section (or subsection) spans: its last node, else its heading. */
export function lastLine(section: OutlineSection): number {
  const nodes: RootContent[] = [...section.content, ...section.subsections.flatMap((s) => [s.heading, ...s.content])];
  return Math.max(section.heading.position?.end.line ?? section.position.end.line, ...nodes.map((n) => n.position?.end.line ?? 0));
}

/** The entries container of a subsection: its first list or table, if any. */
export function entryContainer(sub: OutlineSection): List | Table | undefined {
  return sub.content.find((n): n is List | Table => n.type === 'list' || n.type === 'table');
}

/** A paragraph that says the list is empty (`None`, `N/A`, …), or an empty bullet. */
export function noneNode(sub: OutlineSection): RootContent | undefined {
  return sub.content.find(
    (n) => (n.type === 'paragraph' && NONE.test(toString(n).trim())) || (n.type === 'list' && n.children.every((i) => !i.children.some((c) => c.type === 'paragraph'))),
  );
}

/** How a doc writes its entries. */
export interface EntryStyle {
  /** Bullet marker and the spaces after it, e.g. `- `. */
  bullet: string;
  /** Between the reference and the reason, e.g. ` — `. */
  separator: string;
  /** References in backticks, as doc links, or bare. */
  reference: 'code' | 'link' | 'bare';
  /** Whether Delete entries name `delete-` workflows; null when the doc has none. */
  deletePrefix: boolean | null;
  /** `### Deploy Dependencies` rather than `### Deploy`. */
  longHeadings: boolean;
}

const ITEM = /^\s*([-*+])(\s+)/;
const AFTER_REF = /^(\s*(?:—|–|:|\s-)\s*)\S/;

/** Infers the style of `c`'s entries from the doc's own lines; the usual defaults where it has none. */
export function entryStyle(doc: FixDoc, c: Component): EntryStyle {
  const refs = [...c.dependencies.deploy, ...c.dependencies.delete, ...c.requiredBy.deploy, ...c.requiredBy.delete].filter((r) => r.form !== 'prose');
  const vote = <T extends string>(values: T[], fallback: T): T => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  };
  const bullets: string[] = [];
  const separators: string[] = [];
  const references: EntryStyle['reference'][] = [];
  for (const r of refs) {
    const line = doc.lines[r.position.start.line - 1] ?? '';
    if (r.form === 'bullet') {
      const m = ITEM.exec(doc.lines[r.entry.start.line - 1] ?? '');
      if (m) bullets.push(m[1]! + m[2]!);
    }
    references.push(r.link ? 'link' : line[r.position.start.column - 1] === '`' ? 'code' : 'bare');
    if (r.form === 'bullet' && r.reason && r.position.end.line === r.position.start.line) {
      const m = AFTER_REF.exec(line.slice(r.position.end.column - 1));
      if (m) separators.push(m[1]!);
    }
  }
  const deleteRefs = [...c.dependencies.delete, ...c.requiredBy.delete].filter((r) => r.ids.length > 0);
  const sections = doc.outline.sections.filter((s) => s.key === 'dependencies' || s.key === 'required by');
  return {
    bullet: vote(bullets, '- '),
    separator: vote(separators, ' — '),
    reference: vote(references, 'code'),
    deletePrefix: deleteRefs.length === 0 ? null : deleteRefs.filter((r) => /^delete-/.test(r.raw)).length * 2 >= deleteRefs.length,
    longHeadings: sections.some((s) => s.subsections.some((sub) => sub.key.includes(' '))),
  };
}
