import { defineStepKind, type Located, PARTICIPANT } from '../../generators/index.js';

/** `Run smoke tests against the `x` stack`: reads that stack, then runs a script. */
export const smokeTest = defineStepKind<{ stack: Located }>({
  id: 'smoke-test',
  summary: "Run the smoke tests against a stack's outputs.",
  examples: ['Run smoke tests against the `shop-audit-bucket` stack'],
  match(step) {
    const m = /^run smoke tests against the `([^`]+)` stack\.?$/i.exec(step.text.trim());
    if (!m) return null;
    const span = step.spans.find((s) => s.kind === 'code' && s.value === m[1]);
    return { params: { stack: { value: m[1]!, position: span?.position ?? step.position } } };
  },
  // What the rest of docflow learns: here, unknown-stack and invalid-stack-name check the stack.
  facts: (params) => ({ stacks: [{ action: 'read', name: params.stack, command: 'smoke tests' }], needsAws: true, needsCheckout: true }),
  emit: (params) => [{ template: 'steps/smoke-test', view: { name: 'Smoke tests', stack: params.stack.value }, secrets: [] }],
  diagram(params, ctx) {
    const target = ctx.stackParticipant(params.stack.value);
    ctx.say(PARTICIPANT.runner, target, `smoke tests against ${params.stack.value}`);
    ctx.say(target, PARTICIPANT.runner, 'responses', true);
  },
  templates: [
    {
      name: 'steps/smoke-test',
      file: 'smoke-test-kind.ts',
      source: 'name: {{yaml name}}\nenv:\n  TARGET_STACK: {{yaml stack}}\nrun: ./scripts/smoke.sh "$TARGET_STACK"\n',
    },
  ],
});
