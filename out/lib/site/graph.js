/**
 * The dependency graph page's drawing: one column per deploy wave, one
 * clickable box per component (a link to its page) and an arrow from each
 * deploy dependency to its dependent. Colours come from the
 * theme's CSS variables, so it reads in light and dark themes alike.
 */
import { cmp } from '../diagnostics/diagnostic.js';
import { componentWaves } from './context.js';
const BOX_H = 32;
const ROW_GAP = 14;
const COL_GAP = 72;
const HEAD_H = 28;
const PAD = 8;
const CHAR_W = 7.6;
/**
 * The whole deploy graph as inline HTML: an SVG draws the waves' headings
 * and the arrows, and each component is an HTML link laid over it (a link
 * inside an SVG is not an ordinary link to every site script). One element
 * per line, no blank lines, so Markdown keeps it as one HTML block.
 */
export function graphHtml(inputs, options) {
    const { waves, unordered } = componentWaves(inputs);
    const columns = unordered.length > 0 ? [...waves, unordered] : waves;
    const width = Math.ceil(Math.max(80, ...columns.flat().map((id) => id.length * CHAR_W + 24)));
    const at = new Map();
    columns.forEach((column, i) => column.forEach((id, j) => at.set(id, { x: PAD + i * (width + COL_GAP), y: PAD + HEAD_H + j * (BOX_H + ROW_GAP) })));
    const rows = Math.max(1, ...columns.map((c) => c.length));
    const w = PAD * 2 + columns.length * width + Math.max(0, columns.length - 1) * COL_GAP;
    const h = PAD * 2 + HEAD_H + rows * (BOX_H + ROW_GAP) - ROW_GAP;
    const lines = [
        `<div class="docflow-graph" role="figure" aria-label="Deploy dependency graph" style="position:relative;width:${w}px;height:${h}px;font-size:13px;line-height:1">`,
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" aria-hidden="true" style="position:absolute;left:0;top:0">`,
        `<defs><marker id="docflow-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" style="fill:var(--vp-c-text-3,#8e8e93)"/></marker></defs>`,
    ];
    columns.forEach((_, i) => {
        const label = i < waves.length ? `Wave ${i + 1}` : 'On a cycle';
        lines.push(`<text x="${PAD + i * (width + COL_GAP) + width / 2}" y="${PAD + 16}" text-anchor="middle" style="fill:var(--vp-c-text-2,#67676c);font-weight:600;font-family:var(--vp-font-family-base,sans-serif)">${label}</text>`);
    });
    const graph = inputs.analysis.graphs.deploy;
    for (const id of [...at.keys()].sort(cmp)) {
        const to = at.get(id);
        for (const dep of [...(graph.before.get(id) ?? [])].sort(cmp)) {
            const from = at.get(dep);
            if (!from || dep === id)
                continue;
            const [x1, y1, x2, y2] = [from.x + width, from.y + BOX_H / 2, to.x, to.y + BOX_H / 2];
            const bend = Math.max(24, (x2 - x1) / 2);
            lines.push(`<path d="M${x1} ${y1}C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}" marker-end="url(#docflow-arrow)" style="fill:none;stroke:var(--vp-c-text-3,#8e8e93);stroke-width:1.2"/>`);
        }
    }
    lines.push('</svg>');
    for (const id of [...at.keys()].sort(cmp)) {
        const { x, y } = at.get(id);
        lines.push(`<a href="${xml(options.href(id))}" class="docflow-graph-node" data-component="${xml(id)}" title="${xml(id)}" ` +
            `style="position:absolute;left:${x}px;top:${y}px;width:${width}px;height:${BOX_H}px;box-sizing:border-box;display:flex;align-items:center;justify-content:center;` +
            `border:1.5px solid var(--vp-c-brand-1,#3451b2);border-radius:6px;background:var(--vp-c-bg-soft,#f6f6f7);color:var(--vp-c-text-1,#213547);text-decoration:none;white-space:nowrap">${xml(id)}</a>`);
    }
    lines.push('</div>');
    return lines.join('\n');
}
function xml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
