/** shellcheck over generated `run:` scripts: one finding (its report and the script) per script it flags. */
import { execFileSync } from 'node:child_process';

export function shellcheckFindings(scripts: Iterable<string>): string[] {
  return [...scripts].flatMap((script) => {
    try {
      execFileSync('shellcheck', ['--shell=bash', '--format=gcc', '-'], { input: script, encoding: 'utf8' });
      return [];
    } catch (e) {
      return [`${(e as { stdout: string }).stdout}\n--- in ---\n${script}`];
    }
  });
}
