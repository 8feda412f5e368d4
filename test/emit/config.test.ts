/**
 * docflow.config.yaml: every example in docs/config.md is valid (and the
 * defaults example is exactly the defaults), every schema key is documented,
 * and bad files are reported at the exact line and column with exit code 2.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseConfig, validateComponentOptions } from '../../generators/config/load.js';
import { COMPONENT_OPTION_KEYS, DEFAULT_CONFIG } from '../../generators/config/types.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { fencedBlocks } from '../helpers/fenced.js';
import { repoFile, repoRoot } from '../helpers/world.js';
import { copyProject, removeCopy } from './support.js';

const page = repoFile('docs/config.md');
const blocks = fencedBlocks(page);
const examples = blocks.filter((b) => b.lang === 'yaml' && b.attrs.example);
const outputs = new Map(blocks.filter((b) => b.attrs.output).map((b) => [b.attrs.output!, b.body]));

let dir: string | null = null;
afterEach(() => {
  if (dir) removeCopy(dir);
  dir = null;
});

/** A copy of the small project with `config` as its docflow.config.yaml. */
function projectWith(config: string): string {
  dir = copyProject('small');
  writeFileSync(path.join(dir, 'docflow.config.yaml'), config);
  return dir;
}

/** The diagnostic lines a run printed about the config file. */
const configLines = (text: string) => text.split('\n').filter((l) => l.startsWith('docflow.config.yaml:'));

describe('docs/config.md', () => {
  it('has the examples this test expects', () => {
    expect(examples.map((b) => b.attrs.example)).toEqual(expect.arrayContaining(['defaults', 'typical', 'schema-comment', 'schema-key', 'front-matter', 'errors']));
    expect([...outputs.keys()]).toEqual(['errors']);
  });

  for (const block of examples.filter((b) => !outputs.has(b.attrs.example!))) {
    it(`example \`${block.attrs.example}\` (line ${block.line}) is valid`, () => {
      if (block.attrs['front-matter']) {
        const lines = new LineCounter();
        expect(validateComponentOptions('docs/components/x.md', parseDocument(block.body, { lineCounter: lines }), lines, 2)).toEqual([]);
      }
      else expect(parseConfig('docflow.config.yaml', block.body).diagnostics).toEqual([]);
    });
  }

  it('the defaults example is exactly what docflow uses without a config', () => {
    const body = examples.find((b) => b.attrs.example === 'defaults')!.body;
    expect(parseConfig('docflow.config.yaml', body).config).toEqual(DEFAULT_CONFIG);
  });

  it('the errors example prints exactly the documented lines, exit 2, and nothing is generated', async () => {
    const root = projectWith(examples.find((b) => b.attrs.example === 'errors')!.body);
    const expected = outputs.get('errors')!.trimEnd().split('\n');
    for (const command of ['check', 'generate']) {
      const run = await runCli([command, '--root', root]);
      expect(run.code, command).toBe(2);
      expect(configLines(run.stderr), command).toEqual(expected);
    }
    expect(existsSync(path.join(root, '.github'))).toBe(false);
  });

  it('documents every key of the schema, and every front matter key', () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'docs/config.schema.json'), 'utf8')) as Schema;
    const keys = schemaKeys(schema, schema).filter((k) => k !== '$schema');
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) expect(page, `docs/config.md does not mention \`${key}\``).toContain(`\`${key}\``);
    const frontMatter = page.slice(page.indexOf('## Per-component overrides'), page.indexOf('## Errors'));
    for (const key of COMPONENT_OPTION_KEYS) expect(frontMatter, key).toContain(`\`${key}\``);
  });
});

describe('config errors through the CLI', () => {
  it.each([
    ['an unknown top-level key', 'environments: [dev]\nrunners: ubuntu-latest\n', ['docflow.config.yaml:2:1: error Unknown key `runners` in the top level [config-schema]']],
    ['an unknown nested key', 'paths:\n  docs: docs/components\n  workflow: .github/workflows\n', ['docflow.config.yaml:3:3: error Unknown key `workflow` in `paths` [config-schema]']],
    ['a wrong type', 'environments: dev\n', ['docflow.config.yaml:1:15: error Unexpected type for `environments`, expected array [config-schema]']],
    ['a number where a string goes', 'runner: 42\n', ['docflow.config.yaml:1:9: error Unexpected type for `runner`, expected string [config-schema]']],
    ['an integer out of range', 'timeoutMinutes: 0\n', ['docflow.config.yaml:1:17: error Invalid `timeoutMinutes`: must be >= 1 [config-schema]']],
    [
      'a value source with two keys',
      'aws:\n  roleToAssume: { secret: A, var: B }\n',
      ['docflow.config.yaml:2:17: error Invalid `aws.roleToAssume`: must NOT have more than 1 properties [config-schema]'],
    ],
    ['a value source with an unknown key', 'aws:\n  region: { env: AWS_REGION }\n', ['docflow.config.yaml:2:13: error Unknown key `env` in `aws.region` [config-schema]']],
    ['a pin object with an unknown key', 'pins:\n  actions:\n    actions/checkout: { ref: v4, sha: abc }\n', ['docflow.config.yaml:3:34: error Unknown key `sha` in `pins.actions.actions/checkout` [config-schema]']],
    ['invalid YAML', 'environments: [dev\nrunner: x\n', [/^docflow\.config\.yaml:\d+:\d+: error Invalid YAML: .+ \[config-syntax\]$/]],
  ])('%s', async (_, config, expected) => {
    const root = projectWith(config);
    const run = await runCli(['check', '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = configLines(run.stderr);
    expect(lines).toHaveLength(expected.length);
    expected.forEach((e, i) => (typeof e === 'string' ? expect(lines[i]).toBe(e) : expect(lines[i]).toMatch(e)));
  });

  it('a valid config is accepted (exit 0 on a generated project)', async () => {
    const root = projectWith('# yaml-language-server: $schema=./docs/config.schema.json\nenvironments: [dev, production]\n');
    expect((await runCli(['generate', '--no-render', '--root', root])).code).toBe(0);
    const run = await runCli(['check', '--root', root]);
    expect(configLines(run.stdout + run.stderr)).toEqual([]);
  });

  it('front matter errors are doc problems: reported at the doc line, exit 1, the other docs still generate', async () => {
    const root = projectWith('environments: [dev, production]\n');
    const doc = path.join(root, 'docs/components/users-api.md');
    writeFileSync(doc, `---\ntimeout: 45\nguards:\n  deploy: "no"\npaths:\n  docs: x\n---\n\n${readFileSync(doc, 'utf8')}`);
    const run = await runCli(['generate', '--no-render', '--root', root]);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.includes('[invalid-front-matter]'));
    expect(lines).toEqual([
      'docs/components/users-api.md:2:1: error Unknown key `timeout` in the top level [invalid-front-matter]',
      'docs/components/users-api.md:4:11: error Unexpected type for `guards.deploy`, expected boolean [invalid-front-matter]',
      'docs/components/users-api.md:5:1: error Unknown key `paths` in the top level [invalid-front-matter]',
    ]);
    expect(existsSync(path.join(root, '.github/workflows/deploy-users-api.yml'))).toBe(false);
    expect(existsSync(path.join(root, '.github/workflows/deploy-users-table.yml'))).toBe(true);
  });
});

interface Schema {
  properties?: Record<string, Schema>;
  definitions?: Record<string, Schema>;
  $ref?: string;
}

/** Dotted names of every property in the schema, `$ref`s followed. */
function schemaKeys(node: Schema, root: Schema, prefix = ''): string[] {
  const resolved = node.$ref ? root.definitions![node.$ref.replace('#/definitions/', '')]! : node;
  const out: string[] = [];
  for (const [key, child] of Object.entries(resolved.properties ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    out.push(name);
    // The value source's own keys are documented as `secret`, `var`, `value`.
    const target = child.$ref ? root.definitions![child.$ref.replace('#/definitions/', '')]! : child;
    if (child.$ref === '#/definitions/valueSource') out.push(...Object.keys(target.properties ?? {}));
    else out.push(...schemaKeys(child, root, name));
  }
  return out;
}

describe('the prebuilt validators', () => {
  // `npm run build` compiles the schemas ahead (generators/config/validators.ts); the built CLI must report exactly what compiling them at run time reports.
  const bad = [
    'environments: dev\n',
    'paths: { workflows: 3, nope: x }\nrunner: [1]\n',
    'aws:\n  region: { secret: "" }\ntimeoutMinutes: -1\nsite: { title: 5 }\n',
    'pins:\n  actions:\n    actions/checkout: { ref: 1 }\nunknown: true\n',
  ];
  const frontMatter = ['runner: 5\nservice: ""\n', 'environments: [dev]\ngroup: "a\\nb"\nnope: 1\n'];

  it('are built by `npm run build` from the current schema and give the same diagnostics as compiling it', async () => {
    ensureBuilt();
    execFileSync(process.execPath, [path.join(repoRoot, 'out/lib/build.js')]);
    const prebuilt = readFileSync(path.join(repoRoot, 'out/lib/config/validators.prebuilt.cjs'), 'utf8');
    const { schemaHash } = await import('../../generators/config/validators.js');
    expect(prebuilt).toContain(`exports.schemaHash = ${JSON.stringify(schemaHash(repoFile('docs/config.schema.json')))};`);
    const built = (await import(pathToFileURL(path.join(repoRoot, 'out/lib/config/load.js')).href)) as typeof import('../../generators/config/load.js');
    for (const text of bad) {
      const fromSource = parseConfig('docflow.config.yaml', text);
      expect(fromSource.diagnostics.length, text).toBeGreaterThan(0);
      expect(built.parseConfig('docflow.config.yaml', text)).toEqual(fromSource);
    }
    for (const text of frontMatter) {
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines });
      const fromSource = validateComponentOptions('docs/components/x.md', doc, lines, 2);
      expect(fromSource.length, text).toBeGreaterThan(0);
      expect(built.validateComponentOptions('docs/components/x.md', doc, lines, 2)).toEqual(fromSource);
    }
  });
});
