/**
 * docs/cli.md against the CLI itself: every command `docflow --help` lists
 * has a section, every option a command's `--help` shows is documented in
 * it (or among the options of every command), every exit code is in the
 * table; the problem matcher reads the text reporter's lines; the version is
 * package.json's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../generators/diagnostics/report/text.js';
import { runCli } from '../helpers/cli.js';
import { repoFile, repoRoot } from '../helpers/world.js';

const doc = repoFile('docs/cli.md');
const sections = new Map(
  doc
    .split(/^## /m)
    .slice(1)
    .map((s) => [s.slice(0, s.indexOf('\n')).trim(), s]),
);
const common = sections.get('Options of every command')!;
const flags = (help: string) => [...help.slice(help.indexOf('Options')).matchAll(/^\s{2}((?:-\w, )?--?[\w-]+)/gm)].flatMap((m) => m[1]!.split(', '));

describe('docs/cli.md', async () => {
  const main = (await runCli(['--help'])).stdout;
  const commands = [...main.slice(main.indexOf('Commands:'), main.indexOf('Options')).matchAll(/^\s{2}(\w[\w-]*)\s/gm)].map((m) => m[1]!);

  it('lists the commands docflow --help lists', () => {
    expect(commands.length).toBeGreaterThanOrEqual(7);
    for (const c of commands) expect(sections.has(`\`docflow ${c}\``), c).toBe(true);
  });

  it("documents every option of every command's --help", async () => {
    for (const flag of flags(main)) expect(common, flag).toContain(`\`${flag}`);
    for (const c of commands) {
      const help = (await runCli([c, '--help'])).stdout;
      const section = sections.get(`\`docflow ${c}\``)!;
      const usage = help.split('\n', 1)[0]!.replace(/^Usage: /, '');
      expect(section, c).toContain(usage);
      for (const flag of flags(help)) expect(`${section}\n${common}`, `${c} ${flag}`).toContain(`\`${flag}`);
    }
  });

  it('gives every exit code', () => {
    const table = sections.get('Exit codes')!;
    for (const code of [0, 1, 2, 3]) expect(table).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
  });
});

describe('the GitHub problem matcher', () => {
  const matcher = JSON.parse(repoFile('docs/docflow-problem-matcher.json')) as { problemMatcher: { pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number }[] }[] };
  const pattern = matcher.problemMatcher[0]!.pattern[0]!;
  const regexp = new RegExp(pattern.regexp);
  const d = { ruleId: 'unknown-reference', severity: 'error' as const, message: 'Unknown component `x` in Dependencies › Deploy; did you mean `y`?', file: 'docs/components/a b.md', start: { line: 7, column: 3 } };

  it.each([false, true])('reads a text diagnostic line (colours: %s)', (colors) => {
    const line = formatText([d], { colors: pc.createColors(colors), verbose: false }).trimEnd();
    const m = regexp.exec(line);
    expect(m).not.toBeNull();
    expect([m![pattern.file], m![pattern.line], m![pattern.column], m![pattern.severity], m![pattern.message], m![pattern.code]]).toEqual([d.file, '7', '3', 'error', d.message, d.ruleId]);
  });

  it('does not read the summary line', () => {
    expect(regexp.test('✖ 1 error, 0 warnings in 3 docs')).toBe(false);
  });
});

describe('docflow --version', () => {
  it("prints package.json's version", async () => {
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect((await runCli(['--version'])).stdout).toBe(`docflow ${version}\n`);
  });
});
