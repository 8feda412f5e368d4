#!/usr/bin/env node
/**
 * Benchmark: render the same K sequence diagrams three ways in one run.
 *   1. docflow's renderer (one browser, warm pages);
 *   2. mermaid-cli's renderMermaid() in one shared browser (a fresh page per diagram);
 *   3. the mmdc CLI on a few files (a browser per call).
 * Run with `npm run bench:render` (compiles first). Options:
 *   --diagrams K (env DIAGRAMS, default 40)   --mmdc N (env MMDC_FILES, default 3)
 *   --concurrency C (docflow pages; default: docflow's default; also measured with 1)
 * The last stdout line is one JSON object with the per-diagram figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { renderMermaid } from '@mermaid-js/mermaid-cli';
import { BROWSER_ARGS, DEFAULT_CONCURRENCY, diagramSvgId, findBrowser, openRenderer, sourceHash } from '../out/lib/render/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    diagrams: { type: 'string', default: process.env.DIAGRAMS ?? '40' },
    mmdc: { type: 'string', default: process.env.MMDC_FILES ?? '3' },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
  },
});
const K = positive(args.diagrams, '--diagrams');
const mmdcFiles = positive(args.mmdc, '--mmdc');
const concurrency = positive(args.concurrency, '--concurrency');

const browser = findBrowser();
if (!browser) {
  console.error('No Chromium found: apt-get install chromium, or set PUPPETEER_EXECUTABLE_PATH.');
  process.exit(2);
}
const diagrams = benchDiagrams(K);
log(`browser: ${browser.path} (${browser.source}); ${diagrams.length} diagrams (${diagrams.filter((d) => d.key.startsWith('docs/')).length} from docs/components/images)`);

// 1. docflow, at the default concurrency and with a single page. Each run is a
// fresh browser and a fresh page setup (as in a real `generate`); the median of
// three is reported, as in bench/check.mjs, so one noisy run does not decide.
const docflow = await medianRun(() => timeDocflow(concurrency));
const docflowSingle = concurrency === 1 ? docflow : await medianRun(() => timeDocflow(1));
log(
  `docflow (${concurrency} pages): launch ${docflow.launchMs.toFixed(0)} ms, render ${docflow.renderMs.toFixed(0)} ms ` +
    `(first diagram, incl. page setup, after ${docflow.firstMs.toFixed(0)} ms) = ${(docflow.renderMs / K).toFixed(1)} ms/diagram ` +
    `(total incl. launch ${(docflow.launchMs + docflow.renderMs).toFixed(0)} ms)`,
);
if (docflowSingle !== docflow) log(`docflow (1 page): ${(docflowSingle.renderMs / K).toFixed(1)} ms/diagram`);

// 2. mermaid-cli's renderMermaid, one shared browser, same executable and flags.
const shared = await puppeteer.launch({ executablePath: browser.path, headless: true, args: [...BROWSER_ARGS] });
let renderMermaidMs;
let identical = 0;
try {
  const start = performance.now();
  for (const [i, diagram] of diagrams.entries()) {
    // docflow's SVG id, so the outputs can be compared byte for byte.
    const { data } = await renderMermaid(shared, diagram.source, 'svg', { svgId: diagramSvgId(sourceHash(diagram.source)) });
    if (new TextDecoder().decode(data) === withoutHash(docflow.svgs[i])) identical++;
  }
  renderMermaidMs = performance.now() - start;
} finally {
  await shared.close();
}
log(`renderMermaid: ${renderMermaidMs.toFixed(0)} ms = ${(renderMermaidMs / K).toFixed(1)} ms/diagram; docflow's SVG identical (minus the hash comment) for ${identical}/${K}`);

// 3. The mmdc CLI: a process and a browser per call.
const work = mkdtempSync(join(tmpdir(), 'docflow-bench-'));
let mmdcMs;
try {
  const config = join(work, 'puppeteer.json');
  writeFileSync(config, JSON.stringify({ executablePath: browser.path, headless: true, args: [...BROWSER_ARGS] }));
  const mmdc = join(root, 'node_modules', '.bin', 'mmdc');
  const files = diagrams.slice(0, mmdcFiles).map((d, i) => {
    const path = join(work, `d${i}.mmd`);
    writeFileSync(path, d.source);
    return path;
  });
  const start = performance.now();
  for (const file of files) execFileSync(mmdc, ['-q', '-i', file, '-o', file.replace(/\.mmd$/, '.svg'), '-p', config], { stdio: 'inherit' });
  mmdcMs = (performance.now() - start) / files.length;
} finally {
  rmSync(work, { recursive: true, force: true });
}
log(`mmdc: ${mmdcMs.toFixed(0)} ms/diagram over ${mmdcFiles} files`);

const docflowMsPerDiagram = docflow.renderMs / K;
const renderMermaidMsPerDiagram = renderMermaidMs / K;
console.log(
  JSON.stringify({
    diagrams: K,
    docflowMsPerDiagram: round(docflowMsPerDiagram),
    renderMermaidMsPerDiagram: round(renderMermaidMsPerDiagram),
    mmdcMsPerDiagram: round(mmdcMs),
    ratio: round(renderMermaidMsPerDiagram / docflowMsPerDiagram),
  }),
);

/** Runs `fn` three times and keeps the run with the median render time. */
async function medianRun(fn) {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await fn());
  return runs.sort((a, b) => a.renderMs - b.renderMs)[1];
}

/** Launches docflow's renderer, renders every diagram once, checks none failed. */
async function timeDocflow(pages) {
  const renderer = await openRenderer({ executablePath: browser.path, concurrency: pages });
  try {
    const start = performance.now();
    let firstMs = 0;
    const results = await renderer.render(diagrams, {
      onProgress: ({ done }) => {
        if (done === 1) firstMs = performance.now() - start;
      },
    });
    const renderMs = performance.now() - start;
    const failed = results.filter((r) => !r.ok);
    if (failed.length > 0) throw new Error(`docflow failed to render: ${JSON.stringify(failed.map((r) => r.error))}`);
    return { launchMs: renderer.launchMs, firstMs, renderMs, svgs: results.map((r) => r.svg) };
  } finally {
    await renderer.close();
  }
}

/** K diagrams: the docs' own `.mmd` files first (sorted), then synthetic ones. */
function benchDiagrams(k) {
  const docsDir = join(root, 'docs', 'components', 'images');
  const fromDocs = listMmd(docsDir).map((path) => ({ key: relative(root, path), source: readFileSync(path, 'utf8') }));
  const synthetic = Array.from({ length: Math.max(0, k - fromDocs.length) }, (_, i) => ({
    key: `synthetic-${i}.mmd`,
    source: syntheticDiagram(i),
  }));
  return [...fromDocs, ...synthetic].slice(0, k);
}

function listMmd(dir) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listMmd(path);
    return name.endsWith('.mmd') ? [path] : [];
  });
}

/**
 * A deploy or delete run of a serverless component, like the ones docflow
 * generates: 8–15 messages, an `alt` block, a `Note` and a `title`. Seeded by
 * `i`, so every run benchmarks the same diagrams.
 */
function syntheticDiagram(i) {
  const random = mulberry32(i + 1);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const components = ['users-table', 'orders-api', 'billing-queue', 'audit-log', 'sessions-cache', 'uploads-bucket'];
  const component = pick(components);
  const env = pick(['dev', 'staging', 'prod']);
  const deleting = i % 3 === 2;
  const lines = [
    '%% Generated by docflow from docs/components/' + component + '.md. Do not edit.',
    'sequenceDiagram',
    `    title ${deleting ? 'Delete' : 'Deploy'} ${component} (${env})`,
    '    actor U as User',
    '    participant GH as GitHub Actions runner',
    '    participant STS as AWS STS',
    '    participant SAM as SAM CLI',
    '    participant CFN as CloudFormation',
    '    participant DDB as DynamoDB',
  ];
  if (i % 2 === 1) lines.push('    participant SSM as SSM Parameter Store');
  const messages = [
    `    U->>GH: workflow_dispatch "${deleting ? 'delete' : 'deploy'}" env=${env}`,
    '    GH->>STS: AssumeRoleWithWebIdentity (OIDC)',
    '    STS-->>GH: temporary credentials (1h)',
    `    GH->>SAM: sam ${deleting ? 'delete --no-prompts' : 'build && sam deploy'} --stack-name ${component}-${env}`,
    `    SAM->>CFN: ${deleting ? 'DeleteStack' : 'CreateChangeSet / ExecuteChangeSet'}`,
    `    CFN->>DDB: ${deleting ? 'DeleteTable' : 'CreateTable / UpdateTable'} ${component}`,
    '    DDB-->>CFN: table status ACTIVE',
    '    CFN-->>SAM: stack events',
    `    SAM->>SSM: put-parameter /${component}/${env}/table-arn`,
    '    SSM-->>SAM: version 3',
    '    GH->>CFN: describe-stacks (outputs)',
    '    CFN-->>GH: TableName, TableArn, StreamArn',
    `    GH->>DDB: smoke test: PutItem + GetItem #35;${i}`,
    '    DDB-->>GH: item round-trips',
    '    GH-->>U: summary with links<br>and timings',
  ].filter((line) => i % 2 === 1 || !line.includes('SSM'));
  const count = 8 + Math.floor(random() * 8);
  const body = messages.slice(0, Math.min(count, messages.length) - 4);
  lines.push(...body);
  lines.push(
    '    alt stack ' + (deleting ? 'deleted' : 'reached CREATE_COMPLETE'),
    `        CFN-->>GH: ${deleting ? 'DELETE_COMPLETE' : 'UPDATE_COMPLETE'}`,
    '    else rollback',
    '        CFN-->>GH: ROLLBACK_COMPLETE: see events',
    '        GH-->>U: ❌ failed run, logs attached',
    '    end',
    `    Note over GH,CFN: ${deleting ? 'Retained resources need a manual cleanup' : 'Deletion protection stays on in prod'}`,
    `    GH-->>U: ✅ done in ${(30 + random() * 300).toFixed(0)} s`,
  );
  return lines.join('\n') + '\n';
}

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function positive(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`Unexpected ${name} \`${text}\`, expected a positive integer`);
    process.exit(2);
  }
  return n;
}

function withoutHash(svg) {
  return svg.replace(/<!-- docflow:source-sha256=[0-9a-f]{64} -->/, '').replace(/\n$/, '');
}

function round(n) {
  return Math.round(n * 10) / 10;
}

function log(line) {
  console.log(`# ${line}`);
}
