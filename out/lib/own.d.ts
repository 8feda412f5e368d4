/** Written by `npm run build` at the top of the build (generators/build.ts): a hash of the whole build. */
export declare const BUILD_ID_FILE = "build-id.txt";
/** The CLI bundle in the build folder, which bin/docflow.js runs (generators/build.ts writes it). */
export declare const CLI_BUNDLE_FILE = "cli.bundle.js";
/** docflow's own folder (package.json, docs/, templates/, bin/): the nearest folder above this code with a package.json. */
export declare const DOCFLOW_ROOT: string;
/** The build folder this code runs from (the one holding {@link BUILD_ID_FILE}, below {@link DOCFLOW_ROOT}); null when it runs from source. */
export declare const BUILD_DIR: string | null;
/**
 * A CommonJS file `npm run build` wrote into the build folder (e.g.
 * `config/validators.prebuilt.cjs`), loaded; null when this code runs from
 * source or the file is missing or broken. Callers still check it was made
 * from what they have now (a schema hash, a library version).
 */
export declare function loadFromBuild<T>(file: string): T | null;
