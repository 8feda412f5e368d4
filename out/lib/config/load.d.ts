import { LineCounter, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type Config } from './types.js';
import { CONFIG_FILES } from './types.js';
import { DOCFLOW_ROOT } from '../own.js';
export { CONFIG_FILES, DOCFLOW_ROOT };
/** The loaded config and any problems (errors mean: do not go on). */
export interface LoadedConfig {
    config: Config;
    /** Path of the file read, relative to root, or null when there is none. */
    file: string | null;
    diagnostics: Diagnostic[];
}
/** Reads the config at `root` (optional file); defaults fill every gap. */
export declare function loadConfig(root: string): Promise<LoadedConfig>;
/** Parses and validates config text. */
export declare function parseConfig(file: string, text: string): LoadedConfig;
/**
 * Validates a component's front matter options: `doc` is the front matter
 * YAML as parsed (with `lines`) and `firstLine` the doc line it starts on.
 */
export declare function validateComponentOptions(file: string, doc: Document, lines: LineCounter, firstLine: number): Diagnostic[];
/** Applies a component's front matter over the project config. */
export declare function componentConfig(config: Config, options: Record<string, unknown> | null | undefined): Config;
