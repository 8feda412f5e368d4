/**
 * docflow's own files, found from wherever this code runs: from source
 * (generators/), from the build (out/lib/…), or from the CLI bundle
 * (out/lib/cli.bundle.js). Each sits at a different depth, so nothing here
 * counts `..` from a module's own path.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Written by `npm run build` at the top of the build (generators/build.ts): a hash of the whole build. */
export const BUILD_ID_FILE = 'build-id.txt';

/** The CLI bundle in the build folder, which bin/docflow.js runs (generators/build.ts writes it). */
export const CLI_BUNDLE_FILE = 'cli.bundle.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** docflow's own folder (package.json, docs/, templates/, bin/): the nearest folder above this code with a package.json. */
export const DOCFLOW_ROOT = packageRoot(here);

/** The build folder this code runs from (the one holding {@link BUILD_ID_FILE}, below {@link DOCFLOW_ROOT}); null when it runs from source. */
export const BUILD_DIR: string | null = buildDir(here);

/**
 * A CommonJS file `npm run build` wrote into the build folder (e.g.
 * `config/validators.prebuilt.cjs`), loaded; null when this code runs from
 * source or the file is missing or broken. Callers still check it was made
 * from what they have now (a schema hash, a library version).
 */
export function loadFromBuild<T>(file: string): T | null {
  if (!BUILD_DIR) return null;
  try {
    return createRequire(import.meta.url)(path.join(BUILD_DIR, file)) as T;
  } catch {
    return null;
  }
}

function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`docflow: no package.json above ${from}`);
  }
}

function buildDir(from: string): string | null {
  for (let dir = from; dir !== DOCFLOW_ROOT && path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, BUILD_ID_FILE))) return dir;
  }
  return null;
}
