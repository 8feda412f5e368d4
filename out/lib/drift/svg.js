import { embeddedSourceHash, sourceHash } from '../render/hash.js';
import { foreignFileDiagnostic } from './drift.js';
/** `x.mmd` → `x.svg`. */
export function svgPathFor(mmdPath) {
    return mmdPath.replace(/\.mmd$/, '.svg');
}
/** Compares each expected diagram's SVG on disk (null: missing) with the hash of its expected source. */
export function compareSvgs(diagrams, existing) {
    const entries = [];
    const diagnostics = [];
    for (const mmd of diagrams) {
        const svg = svgPathFor(mmd.path);
        const text = existing.get(svg) ?? null;
        const from = mmd.source ? ` (from \`${mmd.source}\`)` : '';
        if (text === null) {
            entries.push({ kind: 'missing', path: svg, source: mmd.source, diff: null });
            diagnostics.push({ ruleId: 'drift-missing', severity: 'error', message: `Missing rendered diagram \`${svg}\`${from}`, file: svg, start: { line: 1, column: 1 }, hint: 'Run `npx docflow generate` with a browser available, and commit the SVG.' });
        }
        else if (embeddedSourceHash(text) === null) {
            diagnostics.push(foreignFileDiagnostic(svg, 'it has no docflow marker'));
        }
        else if (embeddedSourceHash(text) !== sourceHash(mmd.content)) {
            entries.push({ kind: 'stale', path: svg, source: mmd.source, diff: null });
            diagnostics.push({
                ruleId: 'drift-stale',
                severity: 'error',
                message: `Stale rendered diagram \`${svg}\`: it was not rendered from the current \`${mmd.path}\`${from}`,
                file: svg,
                start: { line: 1, column: 1 },
                hint: 'Run `npx docflow generate` with a browser available, and commit the SVG.',
            });
        }
    }
    return { entries, diagnostics };
}
