/**
 * Turns repair intents into edits of one doc, written in the doc's own
 * style: appended to the list or table already there, replacing a `None`
 * line, or as a new sub-section when the doc has none. Only Dependencies,
 * Required By and Sequence Diagram lines are ever touched, and the step
 * spans a template repair names (a capability, a lookup's output).
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { entryContainer, entrySection, entryStyle, lastLine, noneNode, phaseSubsection, workflowSection } from './source.js';
/** Plans the edits for one doc's intents. Intents it cannot carry out (an entry inside prose) get no edit. */
export function planDoc(doc, component, intents, ctx) {
    const style = entryStyle(doc, component);
    const out = [];
    const groups = new Map();
    for (const intent of intents) {
        if (intent.kind === 'edit-step') {
            out.push({ edit: { start: intent.start, end: intent.end, text: intent.text }, intents: [intent] });
            continue;
        }
        if (intent.kind === 'set-diagram') {
            const edit = diagramEdit(doc, component, intent);
            if (edit)
                out.push({ edit, intents: [intent] });
            continue;
        }
        if (intent.kind === 'insert-lines') {
            const at = { line: intent.after + 1, column: 1 };
            out.push({ edit: { start: at, end: at, text: intent.lines.map((l) => `${l}\n`).join('') }, intents: [intent] });
            continue;
        }
        const where = intent.kind === 'add-entry' ? { list: intent.list, phase: intent.phase } : locate(component, intent);
        if (!where)
            continue;
        const key = `${where.list}:${where.phase}`;
        if (!groups.has(key))
            groups.set(key, { ...where, adds: [], changes: [] });
        const g = groups.get(key);
        if (intent.kind === 'add-entry')
            g.adds.push(intent);
        else
            g.changes.push(intent);
    }
    for (const g of groups.values()) {
        // Removals and rewrites first; additions to the same list wait for the next round.
        if (g.changes.length > 0)
            out.push(...changeEdits(doc, component, g.changes));
        else {
            const adds = dedupe(g.adds);
            const edit = addEdit(doc, component, g.list, g.phase, adds, style, ctx);
            if (edit)
                out.push({ edit, intents: adds });
        }
    }
    return out;
}
function locate(c, intent) {
    for (const list of ['dependencies', 'requiredBy'])
        for (const phase of ['deploy', 'delete'])
            if (c[list][phase].includes(intent.ref))
                return { list, phase };
    return null;
}
/** One addition per target; an id a glob in the same batch covers is left out. */
function dedupe(adds) {
    const seen = new Map();
    for (const a of adds)
        if (!seen.has(a.target))
            seen.set(a.target, a);
    const globs = [...seen.keys()].filter((t) => /[*?[\]{}]/.test(t)).map((g) => picomatch(g, { dot: true }));
    return [...seen.values()].filter((a) => /[*?[\]{}]/.test(a.target) || !globs.some((m) => m(a.target)));
}
function addEdit(doc, c, list, phase, adds, style, ctx) {
    if (adds.length === 0)
        return null;
    const section = entrySection(doc, list);
    const entries = (bullet, table) => adds.map((a) => formatEntry(a, c, style, ctx, bullet, table));
    const sub = section && phaseSubsection(section, list, phase);
    if (sub) {
        const none = noneNode(sub);
        if (none?.position)
            return replaceLines(doc, none.position.start.line, none.position.end.line, entries(style.bullet));
        const container = entryContainer(sub);
        if (container?.type === 'list' && container.position) {
            const last = container.children[container.children.length - 1];
            const m = /^(\s*)([-*+]|\d+)([.)]?)(\s+)/.exec(doc.lines[(last.position?.start.line ?? 1) - 1] ?? '');
            const start = Number.parseInt(m?.[2] ?? '', 10);
            const lines = adds.map((a, i) => formatEntry(a, c, style, ctx, m ? `${m[1]}${Number.isNaN(start) ? m[2] : start + i + 1}${m[3]}${m[4]}` : style.bullet));
            return insertAfter(doc, container.position.end.line, lines);
        }
        if (container?.type === 'table' && container.position) {
            const columns = container.children[0]?.children.length ?? 2;
            return insertAfter(doc, container.position.end.line, entries('', columns));
        }
        return insertAfter(doc, lastLine(sub), ['', ...entries(style.bullet), ...blankBefore(doc, lastLine(sub))]);
    }
    const heading = `### ${subsectionTitle(list, phase, style.longHeadings)}`;
    if (section) {
        const deleteSub = phase === 'deploy' ? phaseSubsection(section, list, 'delete') : undefined;
        const at = deleteSub?.heading.position?.start.line;
        if (at)
            return insertBefore(doc, at, [heading, '', ...entries(style.bullet), '']);
        return insertAfter(doc, lastLine(section), ['', heading, '', ...entries(style.bullet), ...blankBefore(doc, lastLine(section))]);
    }
    // No such H2: Dependencies goes before Required By, Required By after Dependencies; else before the workflows.
    const block = [`## ${list === 'dependencies' ? 'Dependencies' : 'Required By'}`, '', heading, '', ...entries(style.bullet)];
    const other = entrySection(doc, list === 'dependencies' ? 'requiredBy' : 'dependencies');
    if (other && list === 'requiredBy')
        return insertAfter(doc, lastLine(other), ['', ...block, ...blankBefore(doc, lastLine(other))]);
    const before = (list === 'dependencies' ? other : undefined) ?? doc.outline.sections.find((s) => s.key.endsWith(' workflow') || s.key === 'failure scenarios');
    const at = before?.heading.position?.start.line;
    if (at)
        return insertBefore(doc, at, [...block, '']);
    const end = doc.lines.length - (doc.lines[doc.lines.length - 1] === '' ? 1 : 0);
    return insertAfter(doc, end, ['', ...block]);
}
function subsectionTitle(list, phase, long) {
    const p = phase === 'deploy' ? 'Deploy' : 'Delete';
    if (!long)
        return p;
    return list === 'dependencies' ? `${p} Dependencies` : `Required By ${p}`;
}
/** A blank line after an inserted block, unless one (or the end of the file) follows already. */
function blankBefore(doc, line) {
    return (doc.lines[line] ?? '').trim() !== '' ? [''] : [];
}
/** The entry as the doc writes entries: a bullet, or a table row of `columns` cells. */
function formatEntry(a, owner, style, ctx, bullet, columns) {
    const ref = referenceText(a.target, owner, a.phase, a.placeholder === true, style, ctx);
    if (columns !== undefined) {
        const cells = [ref, (a.reason ?? '').replace(/\|/g, '\\|'), ...Array(Math.max(0, columns - 2)).fill('')];
        return `| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |');
    }
    return `${bullet}${ref}${a.reason ? `${style.separator}${a.reason}` : ''}`;
}
function referenceText(target, owner, phase, placeholder, style, ctx) {
    if (placeholder)
        return `\`TODO:${target}\``;
    const glob = /[*?[\]{}]/.test(target);
    const isMatch = glob ? picomatch(target, { dot: true }) : (id) => id === target;
    const targets = [...ctx.analysis.byId.values()].filter((c) => isMatch(c.id));
    const prefix = phase === 'delete' && (style.deletePrefix ?? ctx.projectDeletePrefix) && targets.length > 0 && targets.every((c) => c.workflows.delete) ? 'delete-' : '';
    const only = targets.length === 1 && !glob ? targets[0] : null;
    if (style.reference === 'link' && only && !prefix) {
        let rel = path.posix.relative(path.posix.dirname(owner.file), only.file);
        if (!rel.startsWith('.'))
            rel = `./${rel}`;
        return `[${target}](${rel})`;
    }
    if (style.reference === 'bare' && !glob)
        return `${prefix}${target}`;
    return `\`${prefix}${target}\``;
}
function changeEdits(doc, c, changes) {
    const out = [];
    const removals = changes.filter((x) => x.kind === 'remove-entry' && x.ref.form !== 'prose');
    for (const r of changes) {
        if (r.kind !== 'replace-entry' || r.ref.form === 'prose' && r.ref.link)
            continue;
        const { start } = r.ref.position;
        const line = doc.lines[start.line - 1] ?? '';
        const written = line.slice(start.column - 1);
        const prefix = /^(?:deploy|delete)-/.exec(r.ref.raw)?.[0] ?? '';
        const newPrefix = prefix && !r.target.startsWith(prefix) && r.ref.raw !== r.ref.ref ? prefix : '';
        const code = written.startsWith('`');
        const length = code ? written.indexOf('`', 1) + 1 : r.ref.raw.length;
        if (code ? length <= 0 : !written.startsWith(r.ref.raw))
            continue;
        const text = code ? `\`${newPrefix}${r.target}\`` : `${newPrefix}${r.target}`;
        out.push({ edit: { start, end: { line: start.line, column: start.column + length }, text }, intents: [r] });
    }
    // Removals: whole items or rows; a list or table left empty becomes `None`.
    const section = removals.map((r) => ({ r, sub: subsectionOf(doc, c, r) })).filter((x) => x.sub);
    for (const { r, sub } of section) {
        const container = sub.content.find((n) => (n.type === 'list' || n.type === 'table') && n.position && n.position.start.line <= r.ref.entry.start.line && r.ref.entry.end.line <= n.position.end.line);
        if (!container?.position || (container.type !== 'list' && container.type !== 'table'))
            continue;
        const rows = container.type === 'list' ? container.children : container.children.slice(1);
        const gone = removals.filter((x) => rows.some((row) => row.position?.start.line === x.ref.entry.start.line));
        if (gone.length === rows.length) {
            if (gone[0] !== r)
                continue;
            out.push({ edit: replaceLines(doc, container.position.start.line, container.position.end.line, ['None']), intents: gone });
        }
        else
            out.push({ edit: replaceLines(doc, r.ref.entry.start.line, r.ref.entry.end.line, []), intents: [r] });
    }
    return out;
}
function subsectionOf(doc, c, r) {
    const where = locate(c, r);
    const section = where && entrySection(doc, where.list);
    return section && where ? phaseSubsection(section, where.list, where.phase) : undefined;
}
function diagramEdit(doc, c, d) {
    const image = `![${d.alt}](${d.url})`;
    const current = c.workflows[d.phase]?.diagram;
    if (current)
        return { start: current.position.start, end: current.position.end, text: image };
    const ws = workflowSection(doc, d.phase);
    if (!ws)
        return null;
    const sub = ws.subsections.find((s) => s.key === 'sequence diagram');
    if (sub)
        return insertAfter(doc, lastLine(sub), ['', image, ...blankBefore(doc, lastLine(sub))]);
    return insertAfter(doc, lastLine(ws), ['', '### Sequence Diagram', '', image, ...blankBefore(doc, lastLine(ws))]);
}
function insertAfter(doc, line, lines) {
    if (line < doc.lines.length) {
        const at = { line: line + 1, column: 1 };
        return { start: at, end: at, text: lines.map((l) => `${l}\n`).join('') };
    }
    const at = { line, column: (doc.lines[line - 1] ?? '').length + 1 };
    return { start: at, end: at, text: lines.map((l) => `\n${l}`).join('') };
}
function insertBefore(doc, line, lines) {
    return insertAfter(doc, line - 1, lines);
}
function replaceLines(doc, from, to, lines) {
    if (to < doc.lines.length)
        return { start: { line: from, column: 1 }, end: { line: to + 1, column: 1 }, text: lines.map((l) => `${l}\n`).join('') };
    return { start: { line: from, column: 1 }, end: { line: to, column: (doc.lines[to - 1] ?? '').length + 1 }, text: lines.join('\n') };
}
