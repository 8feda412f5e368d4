/**
 * `{BucketName}` placeholders in shell commands and scripts: each names an
 * output that an earlier lookup step of the same workflow reads. The value
 * reaches the shell through `env:` and the placeholder becomes `"${Name}"`,
 * so a doc never puts an expression into `run:`.
 */
/** PascalCase names in braces, not `${…}` (a shell variable) and not inside `$(…)` arithmetic. */
const NAME = /^\{([A-Z][A-Za-z0-9]*)\}/;
/**
 * Every placeholder in `text`, with the quoting it sits in. Quoting nests as
 * the shell's does: a `$( … )` inside double quotes starts afresh, so the
 * `"{Id}"` in `id="$(aws … --id "{Id}")"` is inside double quotes.
 */
export function findPlaceholders(text) {
    const out = [];
    // 'top': unquoted; 'subst': unquoted inside `$(`; 'paren': a `(` group, unquoted.
    const stack = ['top'];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        const top = stack[stack.length - 1];
        if (top === 'single') {
            if (ch === "'")
                stack.pop();
            const m = ch === '{' ? NAME.exec(text.slice(i)) : null;
            if (m)
                out.push({ name: m[1], start: i, end: i + m[0].length, quote: 'single' });
            continue;
        }
        if (ch === '\\') {
            i++;
            continue;
        }
        if (ch === '$' && text[i + 1] === '(') {
            stack.push('subst');
            i++;
        }
        else if (top === 'double') {
            if (ch === '"')
                stack.pop();
        }
        else if (ch === "'")
            stack.push('single');
        else if (ch === '"')
            stack.push('double');
        else if (ch === '(')
            stack.push('paren');
        else if (ch === ')' && (top === 'subst' || top === 'paren'))
            stack.pop();
        if (ch === '{' && text[i - 1] !== '$') {
            const m = NAME.exec(text.slice(i));
            if (m)
                out.push({ name: m[1], start: i, end: i + m[0].length, quote: top === 'double' ? 'double' : 'none' });
        }
    }
    return out;
}
/** `text` with each placeholder replaced by a quoted shell reference to its env var. */
export function wirePlaceholders(text) {
    let out = '';
    let at = 0;
    for (const p of findPlaceholders(text)) {
        out += text.slice(at, p.start) + (p.quote === 'double' ? `\${${p.name}}` : `"\${${p.name}}"`);
        at = p.end;
    }
    return out + text.slice(at);
}
