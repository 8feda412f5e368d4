// GitHub refuses a workflow tree with more than 50 unique reusable workflows.
// A synthetic system of 120 components (fan-in: one API used by 100
// functions; a long chain) must still orchestrate, in order, exactly once.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { DEFAULT_CONFIG } from '../../generators/config/types.js';
import { generateWorkflows } from '../../generators/emit/generate.js';
import { loadTemplates } from '../../generators/emit/templates.js';
import { lintWorkflows } from '../../generators/lint/actionlint.js';
import type { SourceFile } from '../../generators/model/load.js';

interface Spec {
  id: string;
  deps: string[];
}

/** 10 tables, an API on the tables, 100 functions on the API (fan-in), and a 9-long chain on the last function. */
function system(): Spec[] {
  const specs: Spec[] = [];
  const tables = Array.from({ length: 10 }, (_, i) => `table-${String(i + 1).padStart(2, '0')}`);
  for (const t of tables) specs.push({ id: t, deps: [] });
  specs.push({ id: 'api', deps: tables });
  for (let i = 1; i <= 100; i++) specs.push({ id: `fn-${String(i).padStart(3, '0')}`, deps: ['api', tables[i % 10]!] });
  let prev = 'fn-100';
  for (let i = 1; i <= 9; i++) {
    const id = `chain-${i}`;
    specs.push({ id, deps: [prev] });
    prev = id;
  }
  return specs;
}

function docs(specs: Spec[]): SourceFile[] {
  const dependents = new Map<string, string[]>(specs.map((s) => [s.id, []]));
  for (const s of specs) for (const d of s.deps) dependents.get(d)!.push(s.id);
  const list = (ids: string[], prefix = '') => (ids.length ? ids.map((i) => `- \`${prefix}${i}\``).join('\n') : 'None.');
  return specs.map((s) => ({
    path: `docs/components/${s.id}.md`,
    text: `# ${s.id}

## CloudFormation Stack

\`app-${s.id}\`

## Dependencies

### Deploy

${list(s.deps)}

### Delete

${list(dependents.get(s.id)!, 'delete-')}

## Required By

### Deploy

${list(dependents.get(s.id)!)}

### Delete

${list(s.deps)}

## Deploy Workflow

### Steps

1. Checkout repository
2. Configure AWS credentials
3. \`sam build\` — template: \`templates/${s.id}.yaml\`
4. \`sam deploy\` — stack: \`app-${s.id}\`

## Delete Workflow

### Steps

1. Configure AWS credentials
2. SAM delete \`app-${s.id}\`.
`,
  }));
}

async function generate(files: SourceFile[], limit = 50) {
  const analysis = analyze(files);
  const config = structuredClone(DEFAULT_CONFIG);
  config.orchestrator.maxReusableWorkflows = limit;
  const templates = await loadTemplates(process.cwd(), 'templates');
  return { analysis, out: generateWorkflows({ analysis, config, templates }) };
}

type Job = { uses?: string; needs?: string[]; permissions?: Record<string, string> };
type Workflow = { jobs: Record<string, Job> };

function parts(files: { path: string; content: string }[], phase: string): { name: string; wf: Workflow }[] {
  return files
    .filter((f) => new RegExp(`/${phase}-all(-\\d+)?\\.yml$`).test(f.path))
    .map((f) => ({ name: f.path.split('/').pop()!.replace('.yml', ''), wf: parse(f.content) as Workflow }))
    .sort((a, b) => partIndex(a.name) - partIndex(b.name));
}
const partIndex = (name: string) => Number(/-(\d+)$/.exec(name)?.[1] ?? 1);

/** Transitive closure of `needs` inside one workflow. */
function reaches(wf: Workflow, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [...(wf.jobs[from]?.needs ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(wf.jobs[n]?.needs ?? []));
  }
  return false;
}

describe('orchestrators past the reusable-workflow limit', async () => {
  const specs = system();
  const { analysis, out } = await generate(docs(specs));
  const deps = new Map(specs.map((s) => [s.id, s.deps]));
  const dependents = new Map<string, string[]>(specs.map((s) => [s.id, []]));
  for (const s of specs) for (const d of s.deps) dependents.get(d)!.push(s.id);

  it('the synthetic system is valid', () => {
    expect(specs).toHaveLength(120);
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  for (const [phase, before] of [['deploy', deps], ['delete', dependents]] as const) {
    describe(phase, () => {
      const ps = parts(out.files, phase);

      it('splits into parts that each stay within the limit', () => {
        expect(ps.map((p) => p.name)).toEqual([`${phase}-all`, `${phase}-all-2`, `${phase}-all-3`]);
        for (const p of ps) {
          const uses = new Set(Object.values(p.wf.jobs).flatMap((j) => (j.uses ? [j.uses] : [])));
          expect(uses.size).toBeLessThanOrEqual(50);
          // Component workflows call no reusable workflows themselves, so the tree is exactly these.
          for (const u of uses) {
            const called = out.files.find((f) => `./${f.path}` === u);
            expect(called, u).toBeDefined();
            expect(called!.content).not.toMatch(/^\s+uses: \.\//m);
          }
        }
      });

      it('runs every component exactly once', () => {
        const ran = ps.flatMap((p) => Object.values(p.wf.jobs).flatMap((j) => (j.uses ? [j.uses] : [])));
        expect(ran.sort()).toEqual(specs.map((s) => `./.github/workflows/${phase}-${s.id}.yml`).sort());
      });

      it('never runs a component before what it waits for, across and within parts', () => {
        const partOf = new Map<string, number>();
        ps.forEach((p, i) => Object.entries(p.wf.jobs).forEach(([id, j]) => j.uses && partOf.set(id, i)));
        for (const s of specs) {
          for (const first of before.get(s.id)!) {
            const a = partOf.get(first)!;
            const b = partOf.get(s.id)!;
            expect(a, `${first} before ${s.id}`).toBeLessThanOrEqual(b);
            if (a === b) expect(reaches(ps[b]!.wf, s.id, first), `${s.id} needs ${first}`).toBe(true);
          }
        }
      });

      it('chains the parts: each starts the next only after all its jobs succeed', () => {
        ps.forEach((p, i) => {
          const next = p.wf.jobs['docflow-next'] as Job & { steps?: { env?: Record<string, string>; run?: string }[] };
          const components = Object.entries(p.wf.jobs).filter(([, j]) => j.uses).map(([id]) => id).sort();
          if (i === ps.length - 1) return expect(next).toBeUndefined();
          expect(next.needs!.slice().sort()).toEqual(components);
          expect(next.permissions).toEqual({ actions: 'write' });
          expect(next.steps![0]!.env!.NEXT_WORKFLOW).toBe(`${ps[i + 1]!.name}.yml`);
          expect(next.steps![0]!.run).not.toContain('${{');
        });
      });

      it('summarises each part by wave', () => {
        for (const p of ps) {
          const summary = p.wf.jobs['docflow-summary'] as Job & { steps: { env: { PLAN: string } }[] };
          const planned = (JSON.parse(summary.steps[0]!.env.PLAN) as { components: string[] }[]).flatMap((w) => w.components);
          expect(planned.sort()).toEqual(Object.entries(p.wf.jobs).filter(([, j]) => j.uses).map(([id]) => id).sort());
        }
      });
    });
  }

  it('is deterministic under shuffled input', async () => {
    const shuffled = docs(specs).reverse();
    const again = await generate(shuffled);
    expect(again.out.files.map((f) => [f.path, f.content])).toEqual(out.files.map((f) => [f.path, f.content]));
  });

  it('passes actionlint', async () => {
    const orchestrators = out.files.filter((f) => /-all(-\d+)?\.yml$/.test(f.path));
    expect(await lintWorkflows(orchestrators, { cacheDir: null })).toEqual([]);
  });

  it('keeps the simple shape at or under the limit', async () => {
    const small = specs.filter((s) => s.id.startsWith('table-') || s.id === 'api' || /^fn-0[0-3]\d$/.test(s.id));
    const { out: o } = await generate(docs(small.map((s) => ({ ...s, deps: s.deps.filter((d) => small.some((x) => x.id === d)) }))));
    expect(small.length).toBeLessThanOrEqual(50);
    const ps = parts(o.files, 'deploy');
    expect(ps.map((p) => p.name)).toEqual(['deploy-all']);
    expect(ps[0]!.wf.jobs['docflow-next']).toBeUndefined();
  });
});
