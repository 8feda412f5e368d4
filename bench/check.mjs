// `npm run bench`: the real CLI (bin/docflow.js, one process per run) on N
// synthetic components, against the floor: a whole process that parses the
// same docs with a bare mdast-util-from-markdown (bench/floor.mjs). For each N:
//   - cold `generate --no-render` and cold `check`: no cache of any kind
//     (actionlint included);
//   - no-change `generate` and `check`: the same inputs again, cache warm.
// Each figure is the median of --runs runs: CPU time (user + system), wall
// time, peak RSS, and the ratio of the CPU time to the floor's (CPU time,
// because wall time on a shared machine measures the neighbours; the wall
// ratio is printed too). The SVGs are stand-ins carrying their
// .mmd's source hash (what a real render embeds), so `check` and `generate`
// see an up-to-date repo without a browser in the bench.
// The last line is one JSON object with every figure and "worstRatio".
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync, rmSync as rmFile } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sourceHash } from '../out/lib/render/hash.js';
import { synthesize } from './synth.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: process.env.BENCH_SIZES ?? '100,1000,5000' }, runs: { type: 'string', default: process.env.BENCH_RUNS ?? '3' } } });
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const rssFile = path.join(os.tmpdir(), `docflow-bench-rss-${process.pid}`);

/** Runs node with `args` in `cwd`; returns wall ms and peak RSS bytes. */
function timed(args, cwd, okCodes = [0]) {
  rmFile(rssFile, { force: true });
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', path.join(here, 'rss.cjs'), ...args], { cwd, env: { ...process.env, DOCFLOW_BENCH_RSS: rssFile, CI: '' }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (!okCodes.includes(r.status)) throw new Error(`node ${args.join(' ')} exited ${r.status}:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const [rss, cpu] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ms, rss, cpu };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function measure(fn) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await fn());
  return { ms: median(samples.map((s) => s.ms)), rss: median(samples.map((s) => s.rss)), cpu: median(samples.map((s) => s.cpu)) };
}

const cli = path.join(repo, 'bin', 'docflow.js');
const results = {};
for (const n of sizes) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'docflow-bench-'));
  await fs.writeFile(path.join(root, 'package.json'), '{"name":"bench","private":true}\n');
  await fs.copyFile(path.join(repo, 'docflow.config.yaml'), path.join(root, 'docflow.config.yaml'));
  // With the example's CloudFormation templates, so every doc generates (a missing template holds its workflow back).
  await synthesize(path.join(repo, 'docs', 'components'), path.join(root, 'docs', 'components'), n, path.join(repo, 'cloudformation'), path.join(root, 'cloudformation'));
  const cache = path.join(root, 'node_modules', '.cache');
  const cold = async (args) => {
    await fs.rm(cache, { recursive: true, force: true });
    return timed([cli, ...args], root);
  };

  const floor = await measure(() => timed([path.join(here, 'floor.mjs'), path.join(root, 'docs', 'components')], root));
  const coldGenerate = await measure(async () => {
    await fs.rm(path.join(root, '.github'), { recursive: true, force: true });
    await fs.rm(path.join(root, 'docs', 'components', 'images'), { recursive: true, force: true });
    return cold(['generate', '--no-render', '--quiet']);
  });
  // Stand-in SVGs carrying their source's hash, as rendered ones do.
  const images = path.join(root, 'docs', 'components', 'images');
  for (const name of (await fs.readdir(images)).filter((f) => f.endsWith('.mmd'))) {
    const source = await fs.readFile(path.join(images, name));
    await fs.writeFile(path.join(images, name.replace(/\.mmd$/, '.svg')), `<svg xmlns="http://www.w3.org/2000/svg"><!-- docflow:source-sha256=${sourceHash(source)} --></svg>\n`);
  }
  const coldCheck = await measure(() => cold(['check', '--quiet']));
  const noChangeGenerate = await measure(() => timed([cli, 'generate', '--quiet'], root));
  const noChangeCheck = await measure(() => timed([cli, 'check', '--quiet'], root));
  const hit = spawnSync(process.execPath, [cli, 'check', '--verbose'], { cwd: root, encoding: 'utf8' }).stderr.includes('answered from the cache');
  if (!hit) throw new Error(`N=${n}: the no-change check was not answered from the cache`);
  await fs.rm(root, { recursive: true, force: true });

  const fig = (m) => ({ ms: Math.round(m.ms), cpuMs: Math.round(m.cpu), rssMB: Math.round(m.rss / 1048576), ratio: Math.round((m.cpu / floor.cpu) * 100) / 100, wallRatio: Math.round((m.ms / floor.ms) * 100) / 100 });
  results[n] = { floor: { ms: Math.round(floor.ms), cpuMs: Math.round(floor.cpu), rssMB: Math.round(floor.rss / 1048576) }, coldGenerate: fig(coldGenerate), coldCheck: fig(coldCheck), noChangeGenerate: fig(noChangeGenerate), noChangeCheck: fig(noChangeCheck) };
  const r = results[n];
  console.log(`N=${n} (${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, node ${process.version}, median of ${runs}): floor ${r.floor.cpuMs} ms CPU (${r.floor.ms} ms wall) ${r.floor.rssMB} MB`);
  for (const k of ['coldGenerate', 'coldCheck', 'noChangeGenerate', 'noChangeCheck']) console.log(`  ${k.padEnd(17)} ${String(r[k].cpuMs).padStart(7)} ms CPU ${String(r[k].ms).padStart(7)} ms wall ${String(r[k].rssMB).padStart(5)} MB  ${r[k].ratio}× the floor (wall ${r[k].wallRatio}×)`);
}
const goals = { coldGenerate: 3, coldCheck: 3, noChangeGenerate: 1.2, noChangeCheck: 1.2 };
const ratios = Object.values(results).flatMap((r) => Object.keys(goals).map((k) => r[k].ratio));
const missed = Object.entries(results).flatMap(([n, r]) => Object.entries(goals).filter(([k, g]) => r[k].ratio > g).map(([k, g]) => `${k}@${n} ${r[k].ratio}>${g}`));
console.log(JSON.stringify({ sizes, runs, goals, results, missed, worstRatio: Math.max(...ratios) }));
