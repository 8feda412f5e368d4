/** The contexts a doc source may read (docs/FORMAT.md#parameter-sources). */
const SOURCE_PATH = /^(?:(?:vars|secrets|inputs|env)\.[A-Za-z_][A-Za-z0-9_-]*|steps\.[A-Za-z_][\w-]*\.outputs\.[A-Za-z_][\w-]*)$/;
export function pieces(value) {
    const out = [];
    let rest = value;
    while (rest) {
        const at = rest.indexOf('${{');
        if (at < 0) {
            out.push({ text: rest });
            break;
        }
        if (at > 0)
            out.push({ text: rest.slice(0, at) });
        const end = rest.indexOf('}}', at);
        if (end < 0)
            return null;
        out.push({ expression: rest.slice(at + 3, end).trim() });
        rest = rest.slice(end + 2);
    }
    return out;
}
/** A whole `${{ … }}` value's expression, or null. */
export function onlyExpression(value) {
    const p = pieces(value.trim());
    return p && p.length === 1 && 'expression' in p[0] ? p[0].expression : null;
}
/** The text inside a doc source's parentheses, or null. */
export function docSource(value) {
    const p = pieces(value);
    if (!p)
        return null;
    if (p.every((x) => 'text' in x))
        return value.includes('`') || /\r?\n/.test(value) ? null : `value: \`${value}\``;
    const parts = [];
    for (const x of p) {
        if ('expression' in x) {
            if (!SOURCE_PATH.test(x.expression))
                return null;
            parts.push(x.expression);
        }
        else {
            if (x.text.includes('`') || /\r?\n/.test(x.text))
                return null;
            parts.push(`\`${x.text}\``);
        }
    }
    return `from ${parts.join(' + ')}`;
}
/** The same value as a config value source, or null. */
export function valueSource(value) {
    const p = pieces(value);
    if (!p)
        return null;
    if (p.every((x) => 'text' in x))
        return { value };
    const only = onlyExpression(value);
    const m = only ? /^(secrets|vars|inputs)\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(only) : null;
    if (m)
        return m[1] === 'secrets' ? { secret: m[2] } : m[1] === 'vars' ? { var: m[2] } : { input: m[2] };
    if (p.some((x) => 'expression' in x && !/^(?:secrets|vars|inputs)\.[A-Za-z_][A-Za-z0-9_-]*$/.test(x.expression)))
        return null;
    return { template: p.map((x) => ('expression' in x ? `{${x.expression}}` : x.text)).join('') };
}
/** A condition without its `${{ }}`. */
export function bareCondition(value) {
    if (value === undefined)
        return null;
    const text = String(value).trim();
    return onlyExpression(text) ?? text;
}
/** What a checkout `ref` may read besides secrets, variables and inputs (docs/config.md#per-component-overrides-front-matter). */
const GITHUB_REF = /^github\.(ref|ref_name|sha)$/;
/**
 * A value as a list of value sources of which the first that is set wins
 * (`${{ inputs.handbook_ref || github.ref_name }}`), or null. A single source
 * is a list of one.
 */
export function firstSetSources(value) {
    const only = onlyExpression(value);
    if (only === null) {
        const single = valueSource(value);
        return single ? [single] : null;
    }
    const out = [];
    for (const part of only.split('||').map((p) => p.trim())) {
        const g = GITHUB_REF.exec(part);
        const source = g ? { github: g[1] } : valueSource(`\${{ ${part} }}`);
        if (!source || 'template' in source)
            return null;
        out.push(source);
    }
    return out;
}
