#!/usr/bin/env node
/**
 * Benchmark: build the example's docs site two ways in one run, each with
 * the real CLI (`vitepress build`, a fresh process per build):
 *   1. docflow's site: docs/.vitepress/config.mts, with docflow's sidebar,
 *      plugin (generated sections, index, graph) and Markdown setting;
 *   2. VitePress alone on a copy of the same Markdown, same theme and the
 *      same sidebar written out as a literal: no docflow code runs.
 * Runs the two alternately, --runs N times each (env RUNS, default 3), and
 * reports the medians and their ratio (goal: docflow < 2× VitePress).
 * Run with `npm run bench:site` (compiles first). The last stdout line is
 * one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { docflowSidebar } from '../out/lib/site/vitepress.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: process.env.RUNS ?? '3' } } });
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs must be a positive integer');
  process.exit(2);
}
const vitepress = join(root, 'node_modules/vitepress/bin/vitepress.js');
const work = join(root, 'out/bench-site');
rmSync(work, { recursive: true, force: true });

// The baseline: the same docs folder, and a config with docflow's parts taken out.
const plain = join(work, 'plain');
cpSync(join(root, 'docs'), join(plain, 'docs'), { recursive: true });
const sidebar = await docflowSidebar({ root, base: '/components/' });
const config = readFileSync(join(root, 'docs/.vitepress/config.mts'), 'utf8');
const plainConfig = config
  .replace(/^import \{[^}]*\} from 'docflow\/vitepress';\n/m, '')
  .replace(/^const components = await docflowSidebar\([^)]*\);\n/m, `const components = ${JSON.stringify(sidebar)};\n`)
  // VitePress needs inline code kept as written (`${{ }}` is not Vue): the same three lines as docflowMarkdown.
  .replace(/^(\s*markdown: \{ config: )docflowMarkdown( \},\n)/m, `$1(md) => { const inline = md.renderer.rules.code_inline; md.renderer.rules.code_inline = (...a) => inline(...a).replace(/^<code/, '<code v-pre'); }$2`)
  .replace(/^\s*vite: \{ plugins: \[docflow\(\{ root \}\)\] \},\n/m, '');
for (const gone of ['docflow/vitepress', 'docflowSidebar(', 'docflowMarkdown', 'docflow({'])
  if (plainConfig.includes(gone)) throw new Error(`bench: could not take \`${gone}\` out of docs/.vitepress/config.mts; update bench/site.mjs`);
writeFileSync(join(plain, 'docs/.vitepress/config.mts'), plainConfig);
const builds = {
  docflow: () => build(root, 'docs', join(work, 'out-docflow')),
  vitepress: () => build(plain, 'docs', join(work, 'out-plain')),
};
const times = { docflow: [], vitepress: [] };
for (let i = 0; i < runs; i++) {
  for (const name of i % 2 === 0 ? ['vitepress', 'docflow'] : ['docflow', 'vitepress']) {
    const ms = builds[name]();
    times[name].push(ms);
    console.error(`run ${i + 1}/${runs}: ${name} ${(ms / 1000).toFixed(1)} s`);
  }
}
const docflow = median(times.docflow);
const base = median(times.vitepress);
console.log(JSON.stringify({ pages: countPages(join(work, 'out-docflow')), runs, docflowMs: Math.round(docflow), vitepressMs: Math.round(base), ratio: Number((docflow / base).toFixed(2)), goal: '< 2' }));

function build(cwd, dir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, [vitepress, 'build', dir, '--outDir', outDir], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function countPages(dir) {
  return execFileSync('find', [dir, '-name', '*.html'], { encoding: 'utf8' }).trim().split('\n').length;
}
