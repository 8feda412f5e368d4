// `npm run bench:linear`: `docflow check` (the real CLI entry, in-process) on
// docs of size n and 4n, for each hostile shape (a long line in a step, a long
// `sam` command, a long overview line, many steps). Linear time means the
// ratio stays near 4; the bare Markdown parse of the same text (the floor)
// is timed in the same run. Last line: one JSON object.
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { main } from '../out/lib/cli/main.js';

const base = readFileSync(new URL('../test/fixtures/projects/small/docs/components/users-api.md', import.meta.url), 'utf8');
const n = Number(process.env.SIZE ?? 262144);
const steps = (k) => Array.from({ length: k }, (_, i) => `${i + 1}. Run \`echo step ${i}\`.`).join('\n');
const shapes = {
  'long step line': (size) => base.replace(/(### Steps\n\n)/, `$11. Run \`echo ${'x'.repeat(size)}\`.\n`),
  'long sam command': (size) => base.replace(/(### Steps\n\n)/, `$11. \`sam deploy ${'a '.repeat(size / 2)}\`\n`),
  'long overview line': (size) => base.replace('## Overview\n', `## Overview\n\n${'word '.repeat(size / 5)}\n\n`),
  'many steps': (size) => base.replace(/### Steps\n\n[\s\S]*?(\n## |\n### |$)/, `### Steps\n\n${steps(Math.round(size / 25))}\n$1`),
};
const sink = { write() {}, isTTY: false };
async function checkMs(text) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'docflow-linear-'));
  await fs.mkdir(path.join(root, 'docs/components'), { recursive: true });
  await fs.writeFile(path.join(root, 'docs/components/users-api.md'), text);
  const t = performance.now();
  const cpu = process.cpuUsage();
  await main(['check', '--root', root], { stdout: sink, stderr: sink, env: {}, cwd: root });
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  await fs.rm(root, { recursive: true, force: true });
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}
function floorMs(text) {
  const t = performance.now();
  fromMarkdown(text);
  return performance.now() - t;
}
await checkMs(base); // warm-up
const results = {};
for (const [name, make] of Object.entries(shapes)) {
  const small = make(n);
  const large = make(4 * n);
  const [sr, lr] = [await checkMs(small), await checkMs(large)];
  const [s, l] = [sr.ms, lr.ms];
  const [fs1, fl] = [floorMs(small), floorMs(large)];
  // CPU time as well: on a shared machine wall time mostly measures the other processes.
  const cpuRatio = +(lr.cpuMs / sr.cpuMs).toFixed(2);
  results[name] = { bytes: [small.length, large.length], checkMs: [Math.round(s), Math.round(l)], ratio: +(l / s).toFixed(2), cpuMs: [Math.round(sr.cpuMs), Math.round(lr.cpuMs)], cpuRatio, floorRatio: +(fl / fs1).toFixed(2) };
  console.log(`${name.padEnd(20)} ${small.length}→${large.length} bytes: check ${Math.round(s)}→${Math.round(l)} ms (×${(l / s).toFixed(2)}; CPU ×${cpuRatio}), markdown floor ×${(fl / fs1).toFixed(2)}`);
}
console.log(JSON.stringify(results));
