/**
 * Rendered SVGs are opened on the docs site, so they must load nothing: no
 * remote fonts, images or stylesheets. And the `.mmd` a diagram renders
 * from must not carry a Mermaid directive (`%%{init: …}%%`), which could
 * lower the security level or inject CSS.
 */
/** The line (1-based) of the first `%%{…}%%` directive in a Mermaid source, or null. */
export function directiveLine(source) {
    const lines = source.split('\n');
    const i = lines.findIndex((l) => /%%\s*\{/.test(l));
    return i < 0 ? null : i + 1;
}
// A URL with a scheme or protocol-relative `//host`. Allowed: `data:` (it loads nothing) and
// `about:blank#id` / `about://blank#id`, the page-local fragment Mermaid writes for markers with
// `arrowMarkerAbsolute` (the renderer draws in a blank page, see page.ts).
const EXTERNAL_URL = /^\s*['"]?\s*(?:\/\/|(?!data:|about:(?:\/\/)?blank#)[a-z][a-z0-9+.-]*:)/i;
/**
 * What an SVG would load or run when opened: external resources it references
 * (`url(…)`, `@import`, `href`/`src` attributes) and script (`<script>`, `on…=`
 * handler attributes, `javascript:` links), each kind in document order.
 */
export function externalReferences(svg) {
    const found = [];
    for (const m of svg.matchAll(/<script\b[^>]*>?/gi))
        found.push(m[0]);
    // Inside a tag (text between tags holds no raw `<`), so label text such as `onload=` is not matched.
    for (const m of svg.matchAll(/<[a-zA-Z][^<>]*?\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi))
        found.push(m[0]);
    for (const m of svg.matchAll(/<[a-zA-Z][^<>]*?\s(?:xlink:href|href|src)\s*=\s*["']?\s*javascript:[^"'>]*/gi))
        found.push(m[0]);
    for (const m of svg.matchAll(/url\(\s*([^)]*)\)/gi))
        if (EXTERNAL_URL.test(m[1]))
            found.push(m[0]);
    for (const m of svg.matchAll(/@import\b[^;]*/gi))
        found.push(m[0]);
    // Links (`<a href>`) navigate, they load nothing; every other element's href or src would load.
    for (const m of svg.matchAll(/<([a-zA-Z][\w:-]*)\b[^>]*?\s(?:xlink:href|href|src)\s*=\s*("[^"]*"|'[^']*')/g)) {
        if (m[1].toLowerCase() === 'a')
            continue;
        if (EXTERNAL_URL.test(m[2].slice(1, -1)))
            found.push(m[0]);
    }
    return found;
}
