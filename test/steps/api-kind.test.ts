/**
 * A step kind added through the public API alone (generators/index.ts) is
 * used everywhere a built-in one is: matching, the workflow it emits, the
 * sequence diagram, and the rules that read its facts (here `unknown-stack`
 * for the stack it reads).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as api from '../../generators/index.js';
import { copyProject, removeCopy } from '../emit/support.js';

/** `Run smoke tests against the `x` stack`: reads that stack's outputs, then runs a script. */
const smokeTest = api.defineStepKind<{ stack: api.Located }>({
  id: 'smoke-test',
  summary: "Run the smoke tests against a stack's outputs.",
  examples: ['Run smoke tests against the `shop-audit-bucket` stack'],
  match(step) {
    const m = /^run smoke tests against the `([^`]+)` stack\.?$/i.exec(step.text.trim());
    if (!m) return null;
    const span = step.spans.find((s) => s.kind === 'code' && s.value === m[1]);
    return { params: { stack: { value: m[1]!, position: span?.position ?? step.position } } };
  },
  facts: (params) => ({ stacks: [{ action: 'read', name: params.stack, command: 'smoke tests' }], needsAws: true, needsCheckout: true }),
  emit: (params) => [{ template: 'steps/smoke-test', view: { name: 'Smoke tests', stack: params.stack.value }, secrets: [] }],
  diagram(params, ctx) {
    const target = ctx.stackParticipant(params.stack.value);
    ctx.say(api.PARTICIPANT.runner, target, `smoke tests against ${params.stack.value}`);
    ctx.say(target, api.PARTICIPANT.runner, 'responses', true);
  },
  templates: [{ name: 'steps/smoke-test', file: 'smoke-test.ts', source: 'name: {{yaml name}}\nenv:\n  TARGET_STACK: {{yaml stack}}\nrun: ./scripts/smoke.sh "$TARGET_STACK"\n' }],
});

let dir: string | null = null;
afterEach(() => {
  if (dir) removeCopy(dir);
  dir = null;
});

async function generateWith(stack: string) {
  dir = copyProject('small');
  const doc = path.join(dir, 'docs/components/audit-bucket.md');
  writeFileSync(doc, readFileSync(doc, 'utf8').replace('3. SAM deploy `shop-audit-bucket`.', `3. SAM deploy \`shop-audit-bucket\`.\n4. Run smoke tests against the \`${stack}\` stack`));
  const project = await api.loadProject({ root: dir, stepKinds: [smokeTest] });
  const outputs = await api.computeOutputs(project, { lint: false });
  const file = (name: string) => outputs.files.find((f) => f.path.endsWith(name))?.content ?? '';
  return { project, outputs, workflow: file('/deploy-audit-bucket.yml'), diagram: file('/deploy-audit-bucket.mmd') };
}

it('matches, emits, draws, and its stack reaches unknown-stack', async () => {
  const { project, workflow, diagram } = await generateWith('shop-nowhere');
  const step = project.analysis.components[0]!.workflows.deploy!.steps[4]!;
  expect([step.kind, step.facts.stacks.map((u) => [u.action, u.name?.value])]).toEqual(['smoke-test', [['read', 'shop-nowhere']]]);
  expect(workflow).toContain('      - name: Smoke tests\n        env:\n          TARGET_STACK: shop-nowhere\n        run: ./scripts/smoke.sh "$TARGET_STACK"\n');
  expect(diagram).toContain('  participant Stack1 as shop-nowhere stack\n');
  expect(diagram).toContain('  Runner->>Stack1: smoke tests against shop-nowhere\n  Stack1-->>Runner: responses\n');
  const unknown = project.analysis.diagnostics.filter((d) => d.ruleId === 'unknown-stack');
  expect(unknown.map((d) => [d.file, d.start.line, d.start.column, d.severity, d.message])).toEqual([
    ['docs/components/audit-bucket.md', 43, 32, 'warning', 'Unknown stack `shop-nowhere` in step 5: no component doc declares it'],
  ]);
});

it('a stack a component declares is known: no unknown-stack', async () => {
  const { project, workflow } = await generateWith('shop-audit-bucket');
  expect(workflow).toContain('TARGET_STACK: shop-audit-bucket');
  expect(project.analysis.diagnostics.filter((d) => d.ruleId === 'unknown-stack')).toEqual([]);
});
