// `npm run bench`: times `check` and `generate` (rendering off) on N synthetic
// docs against the floor, a bare mdast-util-from-markdown parse of the same
// files, all in one run. Last line: one JSON object.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { loadProject } from '../out/lib/project.js';
import { generateWorkflows } from '../out/lib/emit/generate.js';
import { synthesize } from './synth.mjs';

const { values } = parseArgs({ options: { docs: { type: 'string', default: process.env.DOCS ?? '1000' }, runs: { type: 'string', default: '5' } } });
const count = Number(values.docs);
const runs = Number(values.runs);
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'docflow-bench-'));
const files = await synthesize(new URL('../docs/components/', import.meta.url).pathname, path.join(root, 'docs/components'), count);
const texts = await Promise.all(files.map((f) => fs.readFile(f, 'utf8')));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn) {
  await fn(); // warm-up: JIT and module caches, as on a developer's second run
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

let project;
const parseFloorMs = await time(() => { for (const t of texts) fromMarkdown(t); });
const checkMs = await time(async () => { project = await loadProject({ root }); });
const errors = project.analysis.diagnostics.filter((d) => d.severity === 'error');
if (errors.length > 0) throw new Error(`synthetic docs have ${errors.length} errors, e.g. ${JSON.stringify(errors[0])}`);
let generated = 0;
const generateMs = await time(() => {
  generated = generateWorkflows({ analysis: project.analysis, config: project.config, templates: project.templates }).files.length;
});
await fs.rm(root, { recursive: true, force: true });

const round = (x) => Math.round(x * 10) / 10;
console.log(`${count} docs, ${project.analysis.components.length} components, ${generated} workflows; median of ${runs} runs after a warm-up (${os.cpus().length} cores, node ${process.version})`);
console.log(`  parse floor (bare fromMarkdown): ${round(parseFloorMs)} ms`);
console.log(`  check (read + parse + model + rules): ${round(checkMs)} ms  → ${round(checkMs / parseFloorMs)}× the floor`);
console.log(`  generate (in memory, rendering and actionlint off): ${round(generateMs)} ms → ${round(generateMs / parseFloorMs)}× the floor`);
console.log(JSON.stringify({ docs: count, checkMs: round(checkMs), parseFloorMs: round(parseFloorMs), ratio: round(checkMs / parseFloorMs), generateMs: round(generateMs), generateRatio: round(generateMs / parseFloorMs) }));
