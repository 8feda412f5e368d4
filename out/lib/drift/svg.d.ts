/**
 * SVG freshness without a browser: each SVG embeds the sha256 of the `.mmd`
 * it was rendered from, so a stale or missing SVG is found by hash alone.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../emit/files.js';
import { type DriftEntry } from './drift.js';
/** `x.mmd` → `x.svg`. */
export declare function svgPathFor(mmdPath: string): string;
/** Compares each expected diagram's SVG on disk (null: missing) with the hash of its expected source. */
export declare function compareSvgs(diagrams: readonly GeneratedFile[], existing: ReadonlyMap<string, string | null>): {
    entries: DriftEntry[];
    diagnostics: Diagnostic[];
};
