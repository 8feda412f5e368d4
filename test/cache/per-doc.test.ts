/**
 * Per-doc incremental runs: after any sequence of edits (doc text, stack
 * names, steps, dependencies, docs deleted and restored, generated files
 * edited by hand, the config), a `generate` and a `check` that reuse the
 * parse and emit caches print, return and leave on disk exactly what the
 * same commands print, return and write from the same state with no cache.
 * And a one-doc change parses that doc and re-emits only its workflows.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/world.js';

const scale = Math.max(1, Number(process.env.PROPERTY_SCALE ?? 1));
const base = mkdtempSync(path.join(tmpdir(), 'docflow-per-doc-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const exampleDocs = readdirSync(path.join(repoRoot, 'docs/components')).filter((n) => n.endsWith('.md') && n !== 'index.md').sort();
const original = new Map(exampleDocs.map((n) => [n, readFileSync(path.join(repoRoot, 'docs/components', n), 'utf8')]));

let count = 0;
/** A fresh copy of the example project. */
function project(): string {
  const root = path.join(base, `p${count++}`);
  writeFileSync(path.join(mkdirp(root), 'package.json'), '{"name":"per-doc","private":true}\n');
  for (const p of ['docflow.config.yaml', 'docs/components', '.github/workflows', 'cloudformation']) cpSync(path.join(repoRoot, p), path.join(root, p), { recursive: true });
  return root;
}
function mkdirp(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Every file of the project but its cache, by path. */
function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = path.relative(root, path.join(e.parentPath, e.name));
    if (rel.startsWith('node_modules')) continue;
    out.set(rel, readFileSync(path.join(root, rel), 'latin1'));
  }
  return out;
}

/** A copy of `root`'s files (not its cache) in a fresh folder. */
function copyState(root: string): string {
  const copy = path.join(base, `c${count++}`);
  for (const rel of tree(root).keys()) {
    mkdirp(path.dirname(path.join(copy, rel)));
    cpSync(path.join(root, rel), path.join(copy, rel));
  }
  return copy;
}

type Edit = { kind: 'overview' | 'stack' | 'step' | 'dependency' | 'delete' | 'restore' | 'hand-edit' | 'config'; doc: number; other: number; n: number };

function apply(root: string, e: Edit): void {
  const name = exampleDocs[e.doc % exampleDocs.length]!;
  const file = path.join(root, 'docs/components', name);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const otherId = exampleDocs[e.other % exampleDocs.length]!.replace(/\.md$/, '');
  switch (e.kind) {
    case 'overview':
      if (text) writeFileSync(file, text.replace('## Overview\n', `## Overview\n\nEdited ${e.n}.\n`));
      break;
    case 'stack':
      if (text) writeFileSync(file, text.replace(/(## CloudFormation Stack\n\n`)([^`]+)`/, `$1$2-${e.n}\``));
      break;
    case 'step':
      if (text) writeFileSync(file, text.replace('### Steps\n\n1. ', `### Steps\n\n1. Run \`echo edit-${e.n}\`\n2. `));
      break;
    case 'dependency':
      if (text) writeFileSync(file, text.replace(/(## Dependencies\n\n### Deploy\n\n)/, `$1- \`${otherId}\` — edit ${e.n}\n`));
      break;
    case 'delete':
      rmSync(file, { force: true });
      break;
    case 'restore':
      writeFileSync(file, original.get(name)!);
      break;
    case 'hand-edit': {
      const dir = path.join(root, '.github/workflows');
      const names = readdirSync(dir).sort();
      if (names.length > 0) writeFileSync(path.join(dir, names[e.n % names.length]!), `${readFileSync(path.join(dir, names[e.n % names.length]!), 'utf8')}# edited by hand\n`);
      break;
    }
    case 'config': {
      const config = path.join(root, 'docflow.config.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replace(/timeoutMinutes: \d+/, `timeoutMinutes: ${30 + (e.n % 3)}`));
      break;
    }
  }
}

const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('overview', 'stack', 'step', 'dependency', 'delete', 'restore', 'hand-edit', 'config'),
  doc: fc.nat(),
  other: fc.nat(),
  n: fc.nat({ max: 999 }),
});

describe('per-doc incremental runs', { timeout: 1_200_000 }, () => {
  it('print and write exactly what a run without cache does, after any edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const root = project();
        await runCli(['generate', '--no-render', '--root', root]);
        for (const e of edits) {
          apply(root, e);
          for (const command of ['generate', 'check']) {
            const cold = copyState(root);
            const coldRun = await runCli([command, '--no-render', '--no-cache', '--root', cold].filter((a) => command === 'generate' || a !== '--no-render'));
            const warmRun = await runCli([command, '--no-render', '--root', root].filter((a) => command === 'generate' || a !== '--no-render'));
            const strip = (s: string) => s.split(cold).join('<root>').split(root).join('<root>');
            expect({ code: warmRun.code, stdout: strip(warmRun.stdout), stderr: strip(warmRun.stderr) }, `${command} after ${JSON.stringify(e)}`).toEqual({ code: coldRun.code, stdout: strip(coldRun.stdout), stderr: strip(coldRun.stderr) });
            expect(tree(root), `${command} after ${JSON.stringify(e)}`).toEqual(tree(cold));
            rmSync(cold, { recursive: true, force: true });
          }
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 3 * scale },
    );
  });

  it('parses the changed doc and re-emits only its workflows and those whose guard reads its stack', async () => {
    const root = project();
    await runCli(['generate', '--no-render', '--root', root]);
    const doc = path.join(root, 'docs/components/web-ui.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('### Steps\n\n1. ', '### Steps\n\n1. Run `echo one more`\n2. '));
    const run = await runCli(['generate', '--no-render', '--verbose', '--root', root]);
    // 15 component docs; the components index, a page docflow generates, is never parsed.
    expect(run.stderr).toMatch(/generate: 1 doc parsed, 14 from the cache; 1 component workflow emitted, 27 from the cache/);
    expect(run.stdout).toMatch(/updated {2}\.github\/workflows\/deploy-web-ui\.yml/);

    const stack = path.join(root, 'docs/components/dynamodb-users.md');
    writeFileSync(stack, readFileSync(stack, 'utf8').replace('`firefly-dynamodb-users`', '`firefly-dynamodb-users-2`'));
    const again = await runCli(['generate', '--no-render', '--verbose', '--root', root]);
    const emitted = Number(/(\d+) component workflows? emitted/.exec(again.stderr)?.[1]);
    // Its two workflows, and the ones whose guard checks its stack (the Lambdas that read or write the table).
    expect(emitted).toBeGreaterThan(2);
    expect(emitted).toBeLessThan(10);
    rmSync(root, { recursive: true, force: true });
  });
});
