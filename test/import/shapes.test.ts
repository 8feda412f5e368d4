/**
 * What `docflow import` makes of single workflow shapes: a checkout of another
 * repository with a composed ref and a token, an environment with a fallback,
 * a workflow that is one reusable call, a runtime set-up with a cache; and
 * the findings for what still cannot be said.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../generators/config/types.js';
import { importWorkflows } from '../../generators/import/run.js';
import { builtinStepKinds } from '../../generators/steps/registry.js';

const HEAD = `on:
  workflow_dispatch:
    inputs:
      target_env: { type: choice, options: [dev, production], default: DEFAULT }
  workflow_call:
    inputs:
      target_env: { type: string, required: true }
`;

function imported(body: string, defaultEnv = 'dev') {
  const text = `name: Deploy site\n${HEAD.replace('DEFAULT', defaultEnv)}${body}`;
  const result = importWorkflows({ workflows: [{ file: '.github/workflows/deploy-site.yml', text }], config: DEFAULT_CONFIG, configFile: null, kinds: builtinStepKinds });
  return { doc: result.docs[0]?.text ?? '', findings: result.findings.map((f) => `${f.position.start.line}: ${f.message}`), adopted: result.adopted };
}

const steps = (...lines: string[]) => `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: \${{ inputs.target_env }}\n    steps:\n${lines.map((l) => `      ${l}`).join('\n')}\n`;

describe('import of single workflow shapes', () => {
  it('a checkout of another repository: a ref joined with || becomes a first-set list, the token a value source', () => {
    const { doc, findings } = imported(steps('- uses: actions/checkout@v4', '- uses: actions/checkout@v4', '  with: { repository: acme/handbook, ref: "${{ inputs.ref || github.ref_name }}", path: hb, token: "${{ secrets.READ_TOKEN }}" }'));
    expect(doc).toContain('  checkout:\n    - repository: acme/handbook\n      ref:\n        - input: ref\n        - github: ref_name\n      path: hb\n      token:\n        secret: READ_TOKEN\n');
    expect(findings).toEqual([]);
  });

  it('a ref or token from a context a value source cannot name is a finding at the step', () => {
    const { findings } = imported(steps('- uses: actions/checkout@v4', '- uses: actions/checkout@v4', '  with: { repository: acme/handbook, ref: "${{ github.head_ref }}", token: "${{ github.token }}" }'));
    expect(findings).toEqual([
      "15: Checkout `ref` `${{ github.head_ref }}` is neither a value source nor secrets, variables, inputs and `github.ref`/`ref_name`/`sha` joined by `||`",
      '15: Checkout `token` `${{ github.token }}` reads a context a value source cannot name',
    ]);
  });

  it('an environment with a fallback: the input, and the fallback as defaultEnvironment when it is not the first environment', () => {
    const dev = imported(steps('- run: echo hi').replace('${{ inputs.target_env }}', "${{ inputs.target_env || 'dev' }}"));
    expect(dev.findings).toEqual([]);
    expect(dev.doc).not.toContain('defaultEnvironment');
    const production = imported(steps('- run: echo hi').replace('${{ inputs.target_env }}', "${{ inputs.target_env || 'production' }}"), 'production');
    expect(production.doc).toContain('deploy:\n  defaultEnvironment: production\n');
    const split = imported(steps('- run: echo hi').replace('${{ inputs.target_env }}', "${{ inputs.target_env || 'production' }}"), 'dev');
    expect(split.findings).toEqual(["10: The dispatch form preselects `dev` but the job falls back to `production`; docflow uses one default environment for both (front matter `deploy.defaultEnvironment`)"]);
  });

  it('a workflow that is one reusable call becomes front matter calls, and is adopted', () => {
    const { doc, findings, adopted } = imported('jobs:\n  smoke:\n    uses: ./.github/workflows/run-tests.yml\n    with:\n      target_env: ${{ inputs.target_env }}\n      test_filter: smoke\n    secrets: inherit\n');
    expect(doc).toContain('deploy:\n  calls:\n    job: smoke\n    workflow: run-tests.yml\n    with:\n      test_filter: smoke\n');
    expect(doc).not.toContain('### Steps');
    expect(findings).toEqual([]);
    expect(adopted).toEqual(['.github/workflows/deploy-site.yml']);
    const listed = imported('jobs:\n  smoke:\n    uses: ./.github/workflows/run-tests.yml\n    with:\n      target_env: ${{ inputs.target_env }}\n    secrets:\n      TOKEN: ${{ secrets.TOKEN }}\n');
    const guarded = imported("jobs:\n  smoke:\n    if: github.ref_type == 'tag'\n    uses: ./.github/workflows/run-tests.yml\n    with:\n      target_env: ${{ inputs.target_env }}\n    secrets: inherit\n");
    expect(guarded.doc).toContain("deploy:\n  calls:\n    job: smoke\n    workflow: run-tests.yml\n    with: {}\n  if: github.ref_type == 'tag'\n");
    expect(listed.findings).toEqual(['10: Job `smoke` passes a list of secrets to `run-tests.yml`; the generated call passes every secret (`secrets: inherit`)']);
  });

  it('a runtime set-up with a cache gets the cache phrasing; a manager the phrasing does not take is a finding', () => {
    const { doc, findings } = imported(steps('- uses: actions/setup-node@v4', '  with: { node-version: "22", cache: yarn, cache-dependency-path: web/yarn.lock }'));
    expect(doc).toContain('1. Set up Node.js 22 with the yarn cache of `web/yarn.lock`\n');
    expect(findings).toEqual([]);
    const odd = imported(steps('- uses: actions/setup-python@v5', '  with: { python-version: "3.12", cache: conda }'));
    expect(odd.doc).toContain('1. Set up Python 3.12\n');
    expect(odd.findings).toEqual(['14: Step `setup-python`: `with.cache` `conda` of actions/setup-python (the phrasing takes `pip`, `pipenv`, `poetry`)']);
  });
});
