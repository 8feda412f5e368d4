import { toString } from 'mdast-util-to-string';
import { NONE, SUBSECTIONS } from '../model/build.js';
import { normalizeSource, parseMarkdown } from '../parse/markdown.js';
import { outline } from '../parse/outline.js';
/** Reads a doc for editing. */
export function readFixDoc(file, raw) {
    const text = normalizeSource(raw);
    return { file, raw, lines: text.split('\n'), outline: outline(parseMarkdown(text), text) };
}
/** The H2 that holds a list: `Dependencies` or `Required By`. */
export function entrySection(doc, list) {
    return doc.outline.sections.find((s) => s.key === (list === 'dependencies' ? 'dependencies' : 'required by'));
}
/** The H3 of one phase inside an entry section. */
export function phaseSubsection(section, list, phase) {
    const names = SUBSECTIONS[list === 'dependencies' ? 'dependencies' : 'required by'];
    return section.subsections.find((s) => names[s.key] === phase);
}
/** A workflow H2. */
export function workflowSection(doc, phase) {
    return doc.outline.sections.find((s) => s.key === `${phase} workflow`);
}
/** The last line a section (or subsection) spans: its last node, else its heading. */
export function lastLine(section) {
    const nodes = [...section.content, ...section.subsections.flatMap((s) => [s.heading, ...s.content])];
    return Math.max(section.heading.position?.end.line ?? section.position.end.line, ...nodes.map((n) => n.position?.end.line ?? 0));
}
/** The entries container of a subsection: its first list or table, if any. */
export function entryContainer(sub) {
    return sub.content.find((n) => n.type === 'list' || n.type === 'table');
}
/** A paragraph that says the list is empty (`None`, `N/A`, …), or an empty bullet. */
export function noneNode(sub) {
    return sub.content.find((n) => (n.type === 'paragraph' && NONE.test(toString(n).trim())) || (n.type === 'list' && n.children.every((i) => !i.children.some((c) => c.type === 'paragraph'))));
}
const ITEM = /^\s*([-*+])(\s+)/;
const AFTER_REF = /^(\s*(?:—|–|:|\s-)\s*)\S/;
/** Infers the style of `c`'s entries from the doc's own lines; the usual defaults where it has none. */
export function entryStyle(doc, c) {
    const refs = [...c.dependencies.deploy, ...c.dependencies.delete, ...c.requiredBy.deploy, ...c.requiredBy.delete].filter((r) => r.form !== 'prose');
    const vote = (values, fallback) => {
        const counts = new Map();
        for (const v of values)
            counts.set(v, (counts.get(v) ?? 0) + 1);
        return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
    };
    const bullets = [];
    const separators = [];
    const references = [];
    for (const r of refs) {
        const line = doc.lines[r.position.start.line - 1] ?? '';
        if (r.form === 'bullet') {
            const m = ITEM.exec(doc.lines[r.entry.start.line - 1] ?? '');
            if (m)
                bullets.push(m[1] + m[2]);
        }
        references.push(r.link ? 'link' : line[r.position.start.column - 1] === '`' ? 'code' : 'bare');
        if (r.form === 'bullet' && r.reason && r.position.end.line === r.position.start.line) {
            const m = AFTER_REF.exec(line.slice(r.position.end.column - 1));
            if (m)
                separators.push(m[1]);
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
