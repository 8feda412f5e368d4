/**
 * `docflow hooks install`: writes `.git/hooks/pre-commit` (or core.hooksPath's),
 * which runs `docflow hooks pre-commit`. A hook docflow did not write is
 * never replaced.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DOCFLOW_ROOT } from '../own.js';
import { git } from './git.js';

/** The line that marks a hook as docflow's. */
export const HOOK_MARK = '# docflow pre-commit hook';

/** What {@link installHook} did. */
export type InstallResult = { kind: 'installed' | 'updated' | 'unchanged'; path: string } | { kind: 'refused'; path: string };

/** The hook script: the project's own docflow if installed, else the one that wrote the hook. */
export function hookScript(): string {
  const bin = path.join(DOCFLOW_ROOT, 'bin', 'docflow.js');
  const quoted = `'${bin.replace(/'/g, `'\\''`)}'`;
  return [
    '#!/bin/sh',
    HOOK_MARK,
    '# Written by `docflow hooks install`; delete this file to remove it.',
    '# Regenerates and stages the generated files when docs, templates or config are staged.',
    'if [ -x node_modules/.bin/docflow ]; then exec node_modules/.bin/docflow hooks pre-commit; fi',
    `exec node ${quoted} hooks pre-commit`,
    '',
  ].join('\n');
}

/** Installs the pre-commit hook of the repository at `cwd`. */
export async function installHook(cwd: string): Promise<InstallResult> {
  const hooksDir = git(cwd, ['rev-parse', '--git-path', 'hooks']).toString('utf8').trim();
  const file = path.resolve(cwd, hooksDir, 'pre-commit');
  const script = hookScript();
  const existing = await fs.readFile(file, 'utf8').catch(() => null);
  if (existing !== null && !existing.includes(HOOK_MARK)) return { kind: 'refused', path: file };
  if (existing === script) return { kind: 'unchanged', path: file };
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, script, { mode: 0o755 });
  await fs.chmod(file, 0o755);
  return { kind: existing === null ? 'installed' : 'updated', path: file };
}
