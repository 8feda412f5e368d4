import type { Diagnostic } from '../diagnostics/diagnostic.js';
/** What a SAM config gives `sam deploy` for one environment. */
export interface SamConfig {
    /** Path relative to the project root. */
    file: string;
    /** Parameter overrides, by name (the value as written). */
    parameters: ReadonlyMap<string, string>;
    capabilities: readonly string[];
}
/**
 * Reads the config a deploy uses: the file the step names, else the first
 * default name in the template's folder, then in the project root. Null when
 * there is none (or it does not parse: then also a diagnostic).
 */
export declare function readSamConfig(read: (file: string) => string | null, wanted: {
    file: string | null;
    env: string;
}, templateFile: string | null): {
    config: SamConfig | null;
    diagnostics: Diagnostic[];
};
/** Parses one SAM config file for environment `env`: its `deploy` and `global` parameters. */
export declare function parseSamConfig(file: string, text: string, env: string): {
    config: SamConfig | null;
    diagnostics: Diagnostic[];
};
