import type { FoundSetting, ImportFinding } from './model.js';
/** JSON with sorted keys: equal values, equal text. */
export declare function canonical(value: unknown): string;
/** Sets `key` (dotted) in `object`, creating mappings on the way. */
export declare function setPath(object: Record<string, unknown>, key: string, value: unknown): void;
export interface ResolvedSettings {
    /** Config keys to write (dotted key → value), sorted. */
    config: [string, unknown][];
    /** Per component: front matter keys (dotted) → value. */
    frontMatter: Map<string, [string, unknown][]>;
    findings: ImportFinding[];
}
export declare function resolveSettings(found: readonly FoundSetting[]): ResolvedSettings;
