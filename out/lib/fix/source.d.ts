/**
 * A doc as `docflow fix` edits it: its lines and outline (re-read from the
 * same parser the model uses, so positions agree), and the style its
 * entries are written in, so additions look like the author's own.
 */
import type { List, RootContent, Table } from 'mdast';
import { type OutlineSection, type Outline } from '../parse/outline.js';
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
export declare function readFixDoc(file: string, raw: string): FixDoc;
/** The H2 that holds a list: `Dependencies` or `Required By`. */
export declare function entrySection(doc: FixDoc, list: EntryList): OutlineSection | undefined;
/** The H3 of one phase inside an entry section. */
export declare function phaseSubsection(section: OutlineSection, list: EntryList, phase: Phase): OutlineSection | undefined;
/** A workflow H2. */
export declare function workflowSection(doc: FixDoc, phase: Phase): OutlineSection | undefined;
/** The last line a section (or subsection) spans: its last node, else its heading. */
export declare function lastLine(section: OutlineSection): number;
/** The entries container of a subsection: its first list or table, if any. */
export declare function entryContainer(sub: OutlineSection): List | Table | undefined;
/** A paragraph that says the list is empty (`None`, `N/A`, …), or an empty bullet. */
export declare function noneNode(sub: OutlineSection): RootContent | undefined;
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
/** Infers the style of `c`'s entries from the doc's own lines; the usual defaults where it has none. */
export declare function entryStyle(doc: FixDoc, c: Component): EntryStyle;
