// `npm run bench:hook`: the pre-commit hook (`docflow hooks pre-commit`, the
// real CLI, one process per run) on the example project in a fresh git repo,
// against the floor of any hook: a bare `node -e 0`, timed in alternation
// with it. Two cases, each the median of --runs runs:
//   - nothing relevant staged (an unrelated file);
//   - one doc changed (a sentence in its Overview: no diagram changes), with
//     the cache as the previous commit's hook left it.
// Goal: each under 1 s wall. The last line is one JSON object.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' } } });
const runs = Number(values.runs);
const cli = path.join(repo, 'bin', 'docflow.js');

const root = mkdtempSync(path.join(os.tmpdir(), 'docflow-bench-hook-'));
const git = (...args) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
writeFileSync(path.join(root, 'package.json'), '{"name":"bench-hook","private":true}\n');
// As in any repository with a node_modules folder: docflow's cache lives there and is not committed.
writeFileSync(path.join(root, '.gitignore'), 'node_modules/\n');
for (const p of ['docflow.config.yaml', 'docs', 'cloudformation', '.github/workflows', 'README.md']) cpSync(path.join(repo, p), path.join(root, p), { recursive: true });
git('init', '-q');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '--no-verify', '-m', 'example');
const commit = () => git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '--no-verify', '-m', 'step');

function timed(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '' } });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const hook = [cli, 'hooks', 'pre-commit'];
const doc = path.join(root, 'docs/components/dynamodb-users.md');
const original = readFileSync(doc, 'utf8');

// Warm-up: the first hook run fills the cache, as the commit before would have.
writeFileSync(doc, original.replace('## Overview\n', '## Overview\n\nWarm-up.\n'));
git('add', '-A');
timed(hook);
commit();

const samples = { floor: [], nothingStaged: [], oneDoc: [] };
for (let i = 0; i < runs; i++) {
  samples.floor.push(timed(['-e', '0']));
  writeFileSync(path.join(root, 'README.md'), `${readFileSync(path.join(root, 'README.md'), 'utf8')}\nline ${i}\n`);
  git('add', 'README.md');
  samples.nothingStaged.push(timed(hook));
  commit();
  samples.floor.push(timed(['-e', '0']));
  writeFileSync(doc, original.replace('## Overview\n', `## Overview\n\nEdit ${i}.\n`));
  git('add', doc);
  samples.oneDoc.push(timed(hook));
  commit();
}
rmSync(root, { recursive: true, force: true });
const result = {
  runs,
  load: os.loadavg().map((l) => +l.toFixed(1)),
  cores: os.cpus().length,
  floorMs: Math.round(median(samples.floor)),
  nothingStagedMs: Math.round(median(samples.nothingStaged)),
  oneDocMs: Math.round(median(samples.oneDoc)),
};
console.log(`pre-commit hook on the example (${result.cores} cores, load ${result.load.join(' ')}, median of ${runs}): node -e 0 ${result.floorMs} ms; nothing staged ${result.nothingStagedMs} ms; one doc changed ${result.oneDocMs} ms (goal: each < 1000 ms)`);
console.log(JSON.stringify({ ...result, goalMs: 1000, missed: ['nothingStagedMs', 'oneDocMs'].filter((k) => result[k] >= 1000) }));
