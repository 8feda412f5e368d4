/**
 * A step kind added through the public API alone (generators/index.ts) is
 * used everywhere a built-in one is: matching, the workflow it emits, the
 * sequence diagram, and the rules that read its facts (here `unknown-stack`
 * for the stack it reads). The kind is the worked example of
 * docs/step-kinds.md, byte for byte but for the import path.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import * as api from '../../generators/index.js';
import { copyProject, removeCopy } from '../emit/support.js';
import { fencedBlocks } from '../helpers/fenced.js';
import { repoFile, repoRoot } from '../helpers/world.js';
import { smokeTest } from './smoke-test-kind.js';

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

it('is the worked example in docs/step-kinds.md', () => {
  const shown = fencedBlocks(repoFile('docs/step-kinds.md')).find((b) => b.attrs.file === 'smoke-test-kind.ts');
  expect(shown, 'a ```ts file=smoke-test-kind.ts block').toBeDefined();
  const source = readFileSync(path.join(repoRoot, 'test/steps/smoke-test-kind.ts'), 'utf8');
  expect(shown!.body.replace("from 'docflow'", "from '../../generators/index.js'")).toBe(source);
});
