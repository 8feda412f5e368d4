/**
 * The CLI through its public entry point `main(argv, io)` with a fake io, and
 * a few runs of the real `node bin/docflow.js`: exit codes, output formats,
 * colour rules, help texts and the absence of stack traces for user mistakes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, ensureBuilt, runCli, spawnCli, STACK_LINE } from '../helpers/cli.js';
import { repoFile, repoRoot } from '../helpers/world.js';

const ANSI = /\u001b\[/;
const fixture = (name: string) => path.join(repoRoot, 'test/fixtures/model', name);
const golden = (name: string, file: string) => readFileSync(path.join(fixture(name), file), 'utf8');
/** A fixture with three unknown-reference errors, as `--root … --docs docs`. */
const ERRORS = 'rule-unknown-reference';
const errorsArgs = ['--root', fixture(ERRORS), '--docs', 'docs'];

function expectNoStack(run: CliRun): void {
  expect(run.stdout).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toMatch(STACK_LINE);
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'docflow-cli-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A project root in the temp dir with one clean doc and the given config text. */
function projectWithConfig(name: string, config: string): string {
  const root = path.join(tmp, name);
  mkdirSync(path.join(root, 'docs/components'), { recursive: true });
  writeFileSync(path.join(root, 'docs/components/cache.md'), '# cache\n\n## Dependencies\n\n### Deploy\n\nNone\n');
  writeFileSync(path.join(root, 'docflow.config.yaml'), config);
  return root;
}

describe('docflow check', () => {
  it('exits 0 on the bundled docs and says so', async () => {
    const run = await runCli(['check']);
    expect(run.code).toBe(0);
    // The generated index opens with its marker comment; the note points at its H1.
    expect(run.stdout).toContain('docs/components/index.md:1:1: info Skipped: a page docflow generates');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✓ no problems in 16 docs');
    expect(run.stderr).toBe('');
  });

  it('exits 1 on errors, printing one sorted line per diagnostic and a summary (text)', async () => {
    const run = await runCli(['check', ...errorsArgs]);
    expect(run.code).toBe(1);
    // Off a TTY each line is followed by its hint (CI logs are where people read them).
    const lines = run.stdout.split('\n').filter((l) => !l.startsWith('  hint: '));
    expect(lines.join('\n')).toBe(golden(ERRORS, 'expected.diagnostics') + '✖ 3 errors, 0 warnings in 2 docs\n');
    expect(run.stdout.split('\n').filter((l) => l.startsWith('  hint: ')).length).toBe(3);
  });

  it('--format json prints {"diagnostics": [...]} with the same diagnostics as `docflow model`', async () => {
    const run = await runCli(['check', '--format', 'json', ...errorsArgs]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { diagnostics: unknown[] };
    expect(out.diagnostics).toEqual((JSON.parse(golden(ERRORS, 'expected.model.json')) as { diagnostics: unknown[] }).diagnostics);
    expect(out.diagnostics[0]).toMatchObject({ file: 'docs/func-users.md', line: 7, column: 3, severity: 'error', code: 'unknown-reference' });
  });

  it('--format github prints one workflow command per diagnostic', async () => {
    const run = await runCli(['check', '--format', 'github', ...errorsArgs]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^::error file=docs\/func-users\.md,line=\d+,col=\d+,.*title=unknown-reference::Unknown component /);
    expect(lines[0]).toMatch(/^::error file=docs\/func-users\.md,line=7,col=3,/);
  });

  it('takes --root and --docs, relative to the working directory', async () => {
    const run = await runCli(['check', '--docs', 'docs'], { cwd: fixture(ERRORS) });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('docs/func-users.md:7:3: error Unknown component `user-table`');
  });
});

describe('colour', () => {
  const check = (options: Parameters<typeof runCli>[1]) => runCli(['check', ...errorsArgs], options);

  it('is used on a TTY, with a snippet and the hint', async () => {
    const run = await check({ tty: true });
    expect(run.stdout).toMatch(ANSI);
    expect(run.stdout).toContain('7 | - `user-table` — a typo of an existing id');
    expect(run.stdout).toContain('hint:');
  });

  it('is not used when the output is not a TTY', async () => {
    const run = await check({ tty: false });
    expect(run.stdout).not.toMatch(ANSI);
    // Hints are plain text off a TTY too; snippets are not.
    expect(run.stdout).toContain('  hint: ');
    expect(run.stdout).not.toMatch(/^\s+\d+ \| /m);
  });

  it('is not used on a TTY when NO_COLOR is set (snippets stay)', async () => {
    const run = await check({ tty: true, env: { NO_COLOR: '1' } });
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stdout).toContain('hint:');
  });

  it('ignores an empty NO_COLOR, as no-color.org says', async () => {
    expect((await check({ tty: true, env: { NO_COLOR: '' } })).stdout).toMatch(ANSI);
  });

  it('is not used on a dumb terminal', async () => {
    expect((await check({ tty: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI);
  });
});

describe('usage and config errors exit 2 with one line and no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['check', '--bogus'], /^docflow: check: Unknown option '--bogus'\. See `docflow check --help`\.\n$/],
    ['an unknown command', ['frobnicate'], /^docflow: unknown command `frobnicate`, expected one of .*`check`.*\n$/],
    ['a bad --format for check', ['check', '--format', 'xml'], /^docflow: check: unknown --format `xml`, expected one of `text`, `json`, `github`\n$/],
    ['a bad --format for graph', ['graph', '--format', 'github'], /^docflow: graph: unknown --format `github`/],
    ['a missing docs folder', ['model', '--docs', 'no/such/folder'], /^docflow: docs folder `no\/such\/folder` not found under /],
    ['a positional argument', ['graph', 'extra'], /^docflow: graph: /],
  ];
  it.each(cases)('%s', async (_name, argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expectNoStack(run);
  });

  it('no command at all prints the help, exit 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Usage: docflow <command>');
  });

  it('invalid YAML in docflow.config.yaml', async () => {
    const run = await runCli(['check', '--root', projectWithConfig('bad-yaml', 'paths:\n  docs: [docs\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^docflow\.config\.yaml:\d+:\d+: error Invalid YAML: .*\[config-syntax\]$/m);
    expect(run.stdout).toBe('');
    expectNoStack(run);
  });

  it('an unknown key and a wrong type in docflow.config.yaml, each at its place', async () => {
    const run = await runCli(['model', '--root', projectWithConfig('bad-schema', 'timeoutMinutes: "x"\nbogus: 1\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('docflow.config.yaml:1:17: error Unexpected type for `timeoutMinutes`, expected integer [config-schema]\n');
    expect(run.stderr).toContain('docflow.config.yaml:2:1: error Unknown key `bogus` in the top level [config-schema]\n');
    expect(run.stdout).toBe('');
    expectNoStack(run);
  });

  it('a valid docflow.config.yaml is used (its docs path applies)', async () => {
    const root = projectWithConfig('good', 'paths:\n  docs: docs/components\n');
    const run = await runCli(['model', '--root', root]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { components: { id: string }[] }).components.map((c) => c.id)).toEqual(['cache']);
  });
});

describe('internal errors exit 3', () => {
  // The io is the seam: a stream that fails while writing is not the user's mistake.
  const failingStdout = () => {
    throw new Error('EIO: i/o error, write');
  };

  it('print one line and point at DOCFLOW_DEBUG, without a stack', async () => {
    const run = await runCli(['model', ...errorsArgs], { onStdout: failingStdout });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('docflow: internal error: EIO: i/o error, write\nThis is a bug in docflow; please report it with the command you ran. (DOCFLOW_DEBUG=1 shows the stack.)\n');
  });

  it('print the stack with DOCFLOW_DEBUG=1', async () => {
    const run = await runCli(['graph', ...errorsArgs], { onStdout: failingStdout, env: { DOCFLOW_DEBUG: '1' } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(STACK_LINE);
  });
});

describe('--help', () => {
  it.each(['check', 'generate', 'model', 'graph'])('docflow %s --help shows usage and examples', async (command) => {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([command, flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: docflow ${command}`);
      expect(run.stdout).toMatch(/^Examples:\n {2}docflow /m);
    }
  });

  it('docflow --help lists every command and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['check', 'generate', 'model', 'graph']) expect(run.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('Exit codes: 0 no errors, 1 errors found, 2 usage or config error, 3 internal error.');
  });
});

describe('docflow model', () => {
  it('prints exactly the golden model of a fixture, exit 1 when it has errors', async () => {
    const run = await runCli(['model', ...errorsArgs]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(golden(ERRORS, 'expected.model.json'));
  });

  it('exit 0 for a clean fixture', async () => {
    const run = await runCli(['model', '--root', fixture('format-canonical'), '--docs', 'docs']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(golden('format-canonical', 'expected.model.json'));
  });
});

describe('docflow graph', () => {
  /** The deploy order docs/components/index.md promises, one wave per numbered line. */
  const documentedWaves = () =>
    repoFile('docs/components/index.md')
      .split('## Deploy order')[1]!
      .split('## Delete order')[0]!
      .split('\n')
      .filter((l) => /^\d+\. /.test(l))
      .map((l) => [...l.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).sort());

  it('--format json gives the deploy waves the index page documents, and delete waves', async () => {
    const run = await runCli(['graph', '--format', 'json']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { deploy: string[][]; delete: string[][] };
    expect(plan.deploy).toEqual(documentedWaves());
    expect(plan.delete.flat().sort()).toEqual(plan.deploy.flat().sort());
    // Every component is deleted before what it deployed on.
    const wave = (id: string) => plan.delete.findIndex((w) => w.includes(id));
    expect(wave('integration-tests')).toBe(0);
    expect(wave('func-api-users-post')).toBeLessThan(wave('dynamodb-users'));
    expect(wave('cognito-user-pool')).toBeLessThan(wave('func-cognito-pre-signup'));
  });

  it('text (the default) lists both orders wave by wave', async () => {
    const run = await runCli(['graph']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Deploy order (6 waves):\n  wave 1: acm-certificate, dynamodb-users, lambda-layer-shared, s3-site-public, s3-uploads-private\n');
    expect(run.stdout).toMatch(/^Delete order \(\d+ waves\):\n {2}wave 1: integration-tests\n/m);
    expect((await runCli(['graph', '--format', 'text'])).stdout).toBe(run.stdout);
  });

  it('--format mermaid is a flowchart with one subgraph per wave and one edge per dependency', async () => {
    const run = await runCli(['graph', '--format', 'mermaid']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines.filter((l) => /^ {2}subgraph wave\d+\["Wave \d+"\]$/.test(l))).toHaveLength(6);
    expect(lines).toContain('  c_dynamodb_users --> c_func_api_users_post');
    expect(lines).toContain('  c_http_api --> c_func_api_uploads_presign');
    expect(lines).not.toContain('  c_func_api_users_post --> c_dynamodb_users');
  });

  it('leaves a cycle out of the waves and reports it on stderr, exit 1', async () => {
    const run = await runCli(['graph', '--root', fixture('rule-dependency-cycle'), '--docs', 'docs']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Deploy order (0 waves):');
    expect(run.stderr).toContain('docs/a.md:7:3: error Deploy dependency cycle: `a` → `b` → `a` [dependency-cycle]');
  });
});

describe('node bin/docflow.js', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('check on the bundled docs exits 0', () => {
    const run = spawnCli(['check']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ no problems in 16 docs\n$/);
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('model prints the golden model and exits 1 on a fixture with errors', () => {
    const run = spawnCli(['model', ...errorsArgs]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(golden(ERRORS, 'expected.model.json'));
  });

  it('a usage error exits 2 with one line on stderr and no stack', () => {
    const run = spawnCli(['check', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("docflow: check: Unknown option '--frobnicate'. See `docflow check --help`.\n");
    expectNoStack(run);
  });

  it('a missing docs folder exits 2, relative to the working directory', () => {
    const run = spawnCli(['graph', '--docs', 'docs'], { cwd: tmp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^docflow: docs folder `docs` not found under /);
    expectNoStack(run);
  });
});
