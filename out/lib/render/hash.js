/**
 * Source hashes embedded in rendered SVGs. A drift check compares the hash in
 * an SVG with the hash of its `.mmd` source, so it needs no browser.
 */
import { createHash } from 'node:crypto';
const MARKER = 'docflow:source-sha256=';
// Only the comment right after the opening <svg> tag counts: diagram text is
// XML-escaped by the serializer, so it can never forge this position.
const EMBEDDED = /^\s*(?:<\?xml[^>]*\?>\s*)?<svg\b[^>]*>\s*<!-- docflow:source-sha256=([0-9a-f]{64}) -->/;
const OPENING_TAG = /^\s*(?:<\?xml[^>]*\?>\s*)?<svg\b[^>]*>/;
/**
 * The sha256 (lowercase hex) of a Mermaid source's bytes; strings are hashed
 * as UTF-8, exactly as they are written to the `.mmd` file.
 */
export function sourceHash(mmdSource) {
    return createHash('sha256').update(mmdSource).digest('hex');
}
/**
 * The source hash embedded in an SVG by {@link withSourceHash}, or `null` when
 * the SVG has none (hand-made, from another tool, or truncated).
 */
export function embeddedSourceHash(svg) {
    return EMBEDDED.exec(svg)?.[1] ?? null;
}
/**
 * Inserts `<!-- docflow:source-sha256=<hash> -->` right after the opening
 * `<svg …>` tag, replacing an existing one.
 */
export function withSourceHash(svg, hash) {
    if (!/^[0-9a-f]{64}$/.test(hash))
        throw new TypeError(`Unexpected source hash \`${hash}\`, expected 64 hex digits`);
    const existing = EMBEDDED.exec(svg);
    if (existing) {
        const start = existing[0].lastIndexOf('<!--');
        return svg.slice(0, start) + comment(hash) + svg.slice(existing[0].length);
    }
    const open = OPENING_TAG.exec(svg);
    if (!open)
        throw new TypeError('Unexpected SVG text, expected it to start with an `<svg>` tag');
    return svg.slice(0, open[0].length) + comment(hash) + svg.slice(open[0].length);
}
function comment(hash) {
    return `<!-- ${MARKER}${hash} -->`;
}
