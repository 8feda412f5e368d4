/** Shared checks for `docflow fix` tests: which lines a fix may touch. */
import { structuredPatch } from 'diff';
import { normalizeSource, parseMarkdown } from '../../generators/parse/markdown.js';
import { outline, type OutlineSection } from '../../generators/parse/outline.js';

/** Lines (1-based) inside Dependencies / Required By sections and Steps and Sequence Diagram sub-sections, with the blank line after each. */
export function editableLines(text: string): Set<number> {
  const source = normalizeSource(text);
  const lines = source.split('\n');
  const o = outline(parseMarkdown(source), source);
  const out = new Set<number>();
  const span = (s: OutlineSection) => {
    const nodes = [...s.content, ...s.subsections.flatMap((x) => [x.heading, ...x.content])];
    const from = s.heading.position!.start.line;
    let to = Math.max(s.heading.position!.end.line, ...nodes.map((n) => n.position?.end.line ?? 0));
    while ((lines[to] ?? 'x').trim() === '' && to < lines.length) to++;
    for (let l = from; l <= to; l++) out.add(l);
  };
  for (const s of o.sections) {
    if (s.key === 'dependencies' || s.key === 'required by') span(s);
    // Steps: the template repairs edit a deploy step's capabilities and a lookup's output name there.
    if (s.key.endsWith(' workflow')) for (const sub of s.subsections) if (sub.key === 'sequence diagram' || sub.key === 'steps') span(sub);
    // A new sub-section is appended after the last node of its section: the blank line before it belongs to it.
    if (s.key.endsWith(' workflow') || s.key === 'dependencies') {
      const nodes = [...s.content, ...s.subsections.flatMap((x) => [x.heading, ...x.content])];
      const last = Math.max(s.heading.position!.end.line, ...nodes.map((n) => n.position?.end.line ?? 0));
      if ((lines[last] ?? 'x').trim() === '') out.add(last + 1);
    }
  }
  return out;
}

/** Every changed line of `before` → `after` that lies outside the editable lines of its side, as `-12`/`+14`. */
export function editsOutside(before: string, after: string): string[] {
  const oldOk = editableLines(before);
  const newOk = editableLines(after);
  const patch = structuredPatch('a', 'b', normalizeSource(before), normalizeSource(after), '', '', { context: 0 });
  const out: string[] = [];
  for (const h of patch.hunks) {
    let o = h.oldStart;
    let n = h.newStart;
    for (const l of h.lines) {
      if (l.startsWith('-')) {
        if (!oldOk.has(o)) out.push(`-${o}: ${l.slice(1)}`);
        o++;
      } else if (l.startsWith('+')) {
        if (!newOk.has(n)) out.push(`+${n}: ${l.slice(1)}`);
        n++;
      } else if (!l.startsWith('\\')) {
        o++;
        n++;
      }
    }
  }
  return out;
}
