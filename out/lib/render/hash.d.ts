/**
 * The sha256 (lowercase hex) of a Mermaid source's bytes; strings are hashed
 * as UTF-8, exactly as they are written to the `.mmd` file.
 */
export declare function sourceHash(mmdSource: string | Uint8Array): string;
/**
 * The source hash embedded in an SVG by {@link withSourceHash}, or `null` when
 * the SVG has none (hand-made, from another tool, or truncated).
 */
export declare function embeddedSourceHash(svg: string): string | null;
/**
 * Inserts `<!-- docflow:source-sha256=<hash> -->` right after the opening
 * `<svg …>` tag, replacing an existing one.
 */
export declare function withSourceHash(svg: string, hash: string): string;
