/**
 * What `docflow generate --watch` follows. The watcher is real (chokidar on
 * this machine's file system). A project without a templates folder or a
 * second config file used to get `ready` before its docs were listed, so a
 * doc saved right after `ready` was never seen (a loaded CI machine lists
 * slowly enough for the test's first save to land there); many docs make the
 * listing slow here too.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchSources } from '../../generators/cli/commands/watch.js';

let root: string;
let close: (() => Promise<void>) | undefined;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'docflow-watch-'));
});
afterEach(async () => {
  await close?.();
  close = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** Starts watching `root` (docs in docs/components, no templates folder, no config file). */
async function start(stackTemplates = 'templates/{id}.yaml') {
  const docs = path.join(root, 'docs/components');
  const sources = { root, docs, templates: path.join(root, 'templates'), generated: [path.join(root, '.github/workflows'), path.join(docs, 'images')], stackTemplates };
  const { watcher, relevant } = watchSources(sources);
  close = () => watcher.close();
  const seen: string[] = [];
  watcher.on('all', (_event, p) => {
    if (relevant(path.resolve(p))) seen.push(path.relative(root, path.resolve(p)));
  });
  await new Promise<void>((resolve) => watcher.on('ready', () => resolve()));
  /** Waits until `file` (relative to the root) was reported, failing after a minute. */
  const reported = async (file: string) => {
    for (let i = 0; i < 600 && !seen.includes(file); i++) await new Promise((r) => setTimeout(r, 100));
    expect(seen).toContain(file);
  };
  return { watcher, seen, reported };
}

describe('generate --watch sources', () => {
  it('sees a doc saved right after ready, though the templates folder and a config file do not exist', async () => {
    const docs = path.join(root, 'docs/components');
    mkdirSync(docs, { recursive: true });
    for (let i = 0; i < 3000; i++) writeFileSync(path.join(docs, `c${i}.md`), '# c\n');
    writeFileSync(path.join(root, 'docflow.config.yaml'), 'stackPrefix: x\n');
    const { reported } = await start();
    // The last entry of the listing is the last file chokidar starts watching.
    const last = readdirSync(docs).at(-1)!;
    appendFileSync(path.join(docs, last), 'more\n');
    await reported(`docs/components/${last}`);
  }, 120_000);

  it('follows the config, a templates folder created later, and nothing generated or unrelated', async () => {
    mkdirSync(path.join(root, 'docs/components/images'), { recursive: true });
    mkdirSync(path.join(root, 'node_modules/pkg'), { recursive: true });
    writeFileSync(path.join(root, 'node_modules/pkg/index.md'), 'x\n');
    writeFileSync(path.join(root, 'docs/components/a.md'), '# a\n');
    const { watcher, seen, reported } = await start();
    expect(Object.keys(watcher.getWatched()).map((d) => path.relative(root, path.resolve(root, d)))).not.toContain('node_modules');
    writeFileSync(path.join(root, 'docs/components/images/deploy-a.mmd'), 'x\n');
    writeFileSync(path.join(root, 'docs/components/notes.txt'), 'x\n');
    writeFileSync(path.join(root, 'README.md'), 'x\n');
    writeFileSync(path.join(root, 'docflow.config.yml'), 'stackPrefix: y\n');
    await reported('docflow.config.yml');
    mkdirSync(path.join(root, 'templates'));
    writeFileSync(path.join(root, 'templates/workflow.hbs'), 'x\n');
    await reported(path.join('templates', 'workflow.hbs'));
    expect(seen.filter((p) => !p.startsWith('templates') && p !== 'docflow.config.yml')).toEqual([]);
  }, 120_000);

  it('follows the CloudFormation templates paths.stackTemplates names, created before or after ready, and nothing else beside them', async () => {
    mkdirSync(path.join(root, 'docs/components'), { recursive: true });
    mkdirSync(path.join(root, 'cloudformation'), { recursive: true });
    writeFileSync(path.join(root, 'cloudformation/a.yaml'), 'Resources: {}\n');
    const { watcher, seen, reported } = await start('cloudformation/{id}.yaml');
    expect(Object.keys(watcher.getWatched()).map((d) => path.relative(root, path.resolve(root, d)))).toContain('cloudformation');
    writeFileSync(path.join(root, 'cloudformation/notes.txt'), 'x\n');
    mkdirSync(path.join(root, 'cloudformation/old'));
    writeFileSync(path.join(root, 'cloudformation/old/b.yaml'), 'x\n');
    appendFileSync(path.join(root, 'cloudformation/a.yaml'), 'Outputs: {}\n');
    await reported(path.join('cloudformation', 'a.yaml'));
    writeFileSync(path.join(root, 'cloudformation/c.yaml'), 'Resources: {}\n');
    await reported(path.join('cloudformation', 'c.yaml'));
    expect([...new Set(seen)].sort()).toEqual([path.join('cloudformation', 'a.yaml'), path.join('cloudformation', 'c.yaml')]);
  }, 120_000);
});
