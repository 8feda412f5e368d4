/**
 * Golden files: expected output committed next to a fixture's input.
 * `UPDATE_GOLDENS=1` rewrites them. A missing golden always fails: under CI
 * outright, locally after writing it so it can be reviewed and committed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from './world.js';

/** True when goldens should be rewritten instead of compared. */
export const updating = process.env.UPDATE_GOLDENS === '1';

/** Compares `actual` with the golden at `file`, per the rules above. */
export function expectGolden(file: string, actual: string): void {
  const shown = path.relative(repoRoot, file);
  if (updating) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`Missing golden ${shown}. CI is set, so it is not created here: run \`UPDATE_GOLDENS=1 npx vitest run test/model\` locally, review it and commit it.`);
    writeFileSync(file, actual);
    throw new Error(`Wrote missing golden ${shown}. Review it (check every line and column against the input), commit it, and re-run.`);
  }
  expect(actual, `${shown} differs; if the change is intended, re-run with UPDATE_GOLDENS=1 and review the diff`).toBe(readFileSync(file, 'utf8'));
}
