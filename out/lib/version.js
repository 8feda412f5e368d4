/** docflow's version, from its package.json: in `--version`, and in the inputs behind the incremental cache. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOCFLOW_ROOT } from './config/load.js';
/** The `version` field of docflow's package.json. */
export const DOCFLOW_VERSION = JSON.parse(readFileSync(path.join(DOCFLOW_ROOT, 'package.json'), 'utf8')).version;
