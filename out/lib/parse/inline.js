/** Builds an {@link InlineText} from phrasing nodes; `fallback` is used where a node has no position. */
export function inlineText(nodes, fallback) {
    const spans = [];
    let text = '';
    const push = (kind, shown, value, position) => {
        spans.push({ kind, value, start: text.length, end: text.length + shown.length, position });
        text += shown;
    };
    const walk = (list, parentPos) => {
        for (const node of list) {
            const pos = positionOf(node, parentPos);
            switch (node.type) {
                case 'text':
                    push('text', node.value.replace(/\n/g, ' '), node.value, pos);
                    break;
                case 'inlineCode':
                    push('code', '`' + node.value + '`', node.value, pos);
                    break;
                case 'break':
                    push('text', ' ', ' ', pos);
                    break;
                case 'link': {
                    const start = text.length;
                    walk(node.children, pos);
                    spans.push({ kind: 'link', value: node.url, start, end: text.length, position: pos });
                    break;
                }
                case 'image':
                    push('text', node.alt ?? '', node.alt ?? '', pos);
                    break;
                case 'html':
                    push('text', node.value, node.value, pos);
                    break;
                default:
                    if ('children' in node)
                        walk(node.children, pos);
                    else if ('value' in node)
                        push('text', String(node.value), String(node.value), pos);
            }
        }
    };
    walk(nodes, fallback);
    // Trim, shifting spans so offsets stay exact.
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const shifted = spans
        .map((s) => ({ ...s, start: Math.max(0, s.start - lead), end: Math.min(trimmed.length, s.end - lead) }))
        .filter((s) => s.end > s.start || s.kind === 'link');
    return { text: trimmed, spans: shifted, position: fallback };
}
/** The node's own position, else its nearest ancestor's (never 1:1). */
export function positionOf(node, fallback) {
    const p = node.position;
    if (!p)
        return fallback;
    return { start: { line: p.start.line, column: p.start.column }, end: { line: p.end.line, column: p.end.column } };
}
