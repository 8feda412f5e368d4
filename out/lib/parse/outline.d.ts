/**
 * Splits a doc's mdast into an outline: front matter, the H1, and H2 sections
 * each holding their own content and H3 subsections. Thematic breaks are
 * dropped here, so `---` between sections never matters.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';
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
    frontMatter: {
        value: string;
        position: Position;
    } | null;
    title: {
        value: string;
        position: Position;
    } | null;
    /** Content between the H1 and the first H2. */
    preamble: RootContent[];
    sections: OutlineSection[];
    /** Position of the first node: where doc-level problems go when there is no H1. */
    start: Position;
}
/** Normalises a heading for case-insensitive matching. */
export declare function sectionKey(title: string): string;
/** Builds the outline of a doc. `source` is the normalised text the tree came from. */
export declare function outline(root: Root, source: string): Outline;
