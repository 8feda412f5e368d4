import { toString } from 'mdast-util-to-string';
import { positionOf } from './inline.js';
/** Normalises a heading for case-insensitive matching. */
export function sectionKey(title) {
    return title.toLowerCase().replace(/\s+/g, ' ').replace(/[\s:]+$/, '').trim();
}
/** Builds the outline of a doc. `source` is the normalised text the tree came from. */
export function outline(root, source) {
    const fallback = positionOf(root, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
    const result = { frontMatter: null, title: null, preamble: [], sections: [], start: fallback };
    const firstNode = root.children[0];
    if (firstNode)
        result.start = positionOf(firstNode, fallback);
    let h2 = null;
    let h3 = null;
    const open = (node) => {
        const title = toString(node).trim();
        return { title, key: sectionKey(title), depth: node.depth, heading: node, position: headingPosition(node, fallback), content: [], subsections: [], markdown: '' };
    };
    for (const node of root.children) {
        if (node.type === 'yaml') {
            if (!result.frontMatter && !result.title && !h2)
                result.frontMatter = { value: node.value, position: positionOf(node, fallback) };
            continue;
        }
        if (node.type === 'thematicBreak')
            continue;
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
        if (!h2)
            result.preamble.push(node);
    }
    for (const s of result.sections) {
        fillMarkdown(s, source);
        for (const sub of s.subsections)
            fillMarkdown(sub, source);
    }
    return result;
}
/** A heading's range ends with its text, so trailing spaces or tabs never change it. */
function headingPosition(node, fallback) {
    const own = positionOf(node, fallback);
    const last = node.children[node.children.length - 1];
    return last?.position ? { start: own.start, end: { line: last.position.end.line, column: last.position.end.column } } : own;
}
function fillMarkdown(section, source) {
    const nodes = [...section.content, ...section.subsections.flatMap((s) => [s.heading, ...s.content])];
    const first = nodes[0]?.position?.start.offset;
    const last = nodes[nodes.length - 1]?.position?.end.offset;
    section.markdown = first !== undefined && last !== undefined ? source.slice(first, last) : '';
}
