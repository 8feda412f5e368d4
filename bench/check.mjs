// `npm run bench`: times `check` and `generate` (rendering off) on N synthetic
// docs against the floor, a bare mdast-util-from-markdown parse of the same
// files, all in one run. It also times what reading the CloudFormation
// templates adds to `check`: the same docs with and without their templates,
// synthetic and the bundled example. Last line: one JSON object.
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
const repo = new URL('..', import.meta.url).pathname;
const exampleDocs = path.join(repo, 'docs/components');
const exampleTemplates = path.join(repo, 'cloudformation');
const config = 'paths:\n  stackTemplates: cloudformation/{id}.yaml\n';
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'docflow-bench-'));
const files = await synthesize(exampleDocs, path.join(root, 'docs/components'), count, exampleTemplates, path.join(root, 'cloudformation'));
await fs.writeFile(path.join(root, 'docflow.config.yaml'), config);
const texts = await Promise.all(files.map((f) => fs.readFile(f, 'utf8')));
// The same docs without their templates: the baseline for what reading templates adds.
const bare = await fs.mkdtemp(path.join(os.tmpdir(), 'docflow-bench-bare-'));
await fs.cp(path.join(root, 'docs'), path.join(bare, 'docs'), { recursive: true });
await fs.writeFile(path.join(bare, 'docflow.config.yaml'), config);
// The bundled example as it is, and without its templates.
const example = await fs.mkdtemp(path.join(os.tmpdir(), 'docflow-bench-example-'));
const exampleBare = await fs.mkdtemp(path.join(os.tmpdir(), 'docflow-bench-example-bare-'));
for (const dir of [example, exampleBare]) {
  await fs.cp(exampleDocs, path.join(dir, 'docs/components'), { recursive: true });
  await fs.copyFile(path.join(repo, 'docflow.config.yaml'), path.join(dir, 'docflow.config.yaml'));
}
await fs.cp(exampleTemplates, path.join(example, 'cloudformation'), { recursive: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Two variants timed in alternation, so a change in machine load hits both alike.
async function timePair(a, b) {
  await a();
  await b();
  const as = [];
  const bs = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await a();
    as.push(performance.now() - t);
    t = performance.now();
    await b();
    bs.push(performance.now() - t);
  }
  return [median(as), median(bs)];
}
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
const templatesRead = [...project.analysis.stacks.byId.values()].filter((s) => s.template).length;
if (templatesRead === 0) throw new Error('no template was read');
const [withTemplatesMs, bareMs] = await timePair(() => loadProject({ root }), () => loadProject({ root: bare }));
let exampleProject;
const [exampleMs, exampleBareMs] = await timePair(async () => { exampleProject = await loadProject({ root: example }); }, () => loadProject({ root: exampleBare }));
const exampleTemplatesRead = [...exampleProject.analysis.stacks.byId.values()].filter((s) => s.template).length;
let generated = 0;
const generateMs = await time(() => {
  generated = generateWorkflows({ analysis: project.analysis, config: project.config, templates: project.templates, stepViews: project.stepViews }).files.length;
});
for (const dir of [root, bare, example, exampleBare]) await fs.rm(dir, { recursive: true, force: true });

const round = (x) => Math.round(x * 10) / 10;
console.log(`${count} docs, ${project.analysis.components.length} components, ${generated} workflows; median of ${runs} runs after a warm-up (${os.cpus().length} cores, node ${process.version})`);
console.log(`  parse floor (bare fromMarkdown): ${round(parseFloorMs)} ms`);
console.log(`  check (read + parse + model + rules): ${round(checkMs)} ms  → ${round(checkMs / parseFloorMs)}× the floor`);
console.log(`  generate (in memory, rendering and actionlint off): ${round(generateMs)} ms → ${round(generateMs / parseFloorMs)}× the floor`);
console.log(`  check with the ${templatesRead} templates ${round(withTemplatesMs)} ms, without ${round(bareMs)} ms (timed in alternation); reading them adds ${round((withTemplatesMs / bareMs - 1) * 100)}%`);
console.log(`  bundled example: check ${round(exampleMs)} ms with its ${exampleTemplatesRead} templates, ${round(exampleBareMs)} ms without; reading them adds ${round((exampleMs / exampleBareMs - 1) * 100)}%`);
console.log(JSON.stringify({
  docs: count, checkMs: round(checkMs), parseFloorMs: round(parseFloorMs), ratio: round(checkMs / parseFloorMs), generateMs: round(generateMs), generateRatio: round(generateMs / parseFloorMs),
  templates: templatesRead, checkWithTemplatesMs: round(withTemplatesMs), checkWithoutTemplatesMs: round(bareMs), templatesRatio: round(withTemplatesMs / bareMs * 100) / 100,
  exampleCheckMs: round(exampleMs), exampleWithoutTemplatesMs: round(exampleBareMs), exampleTemplatesRatio: round(exampleMs / exampleBareMs * 100) / 100,
}));
