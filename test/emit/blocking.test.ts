// Entries that cannot be read, or do not resolve, could drop an edge from the
// graph: the workflows whose guards and `needs:` depend on them are held back
// (never generated without the edge), and nothing crashes on odd links.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../generators/analyze.js';
import { DEFAULT_CONFIG } from '../../generators/config/types.js';
import { generateWorkflows } from '../../generators/emit/generate.js';
import { loadTemplates } from '../../generators/emit/templates.js';
import { docFiles } from '../helpers/world.js';

const table = `# table

## CloudFormation Stack

\`app-table\`

## Dependencies

### Deploy

None

### Delete

- \`delete-func\`

## Required By

### Deploy

- \`func\`

### Delete

None

## Deploy Workflow

### Steps

1. Configure AWS credentials
2. SAM build.
3. SAM deploy \`app-table\`.

## Delete Workflow

### Steps

1. Configure AWS credentials
2. SAM delete \`app-table\`.
`;

const func = (deps: string, extra = '') => `# func

## CloudFormation Stack

\`app-func\`

## Dependencies

${deps}

### Delete

None

## Required By

### Deploy

None

### Delete

- \`table\`
${extra}
## Deploy Workflow

### Steps

1. Configure AWS credentials
2. SAM build.
3. SAM deploy \`app-func\`.

## Delete Workflow

### Steps

1. Configure AWS credentials
2. SAM delete \`app-func\`.
`;

async function generate(docs: Record<string, string>) {
  const analysis = analyze(docFiles(docs));
  const templates = await loadTemplates(process.cwd(), 'templates');
  const out = generateWorkflows({ analysis, config: structuredClone(DEFAULT_CONFIG), templates, diagrams: false });
  return { analysis, paths: out.files.map((f) => f.path.replace('.github/workflows/', '')), out };
}

describe('what holds a workflow back', () => {
  it('generates everything when the entries are sound (the baseline)', async () => {
    const { analysis, paths } = await generate({ 'table.md': table, 'func.md': func('### Deploy\n\n- `table`') });
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(paths).toEqual(['delete-all.yml', 'delete-func.yml', 'delete-table.yml', 'deploy-all.yml', 'deploy-func.yml', 'deploy-table.yml']);
  });

  it('an unknown subsection holding entries is an error, and the deploy workflows that would lose the edge are held back', async () => {
    const { analysis, paths } = await generate({ 'table.md': table, 'func.md': func('### Deploy deps\n\n- `table`') });
    expect(analysis.diagnostics.find((d) => d.ruleId === 'unknown-subsection')).toMatchObject({ severity: 'error', file: 'docs/components/func.md' });
    expect(paths).not.toContain('deploy-func.yml');
    expect(paths).not.toContain('deploy-all.yml');
    expect(paths).toContain('deploy-table.yml');
  });

  it('a second Dependencies section is not read, so it holds back the workflows and orchestrators', async () => {
    const { analysis, paths } = await generate({ 'table.md': table, 'func.md': func('### Deploy\n\nNone', '\n## Dependencies\n\n### Deploy\n\n- `table`\n') });
    expect(analysis.diagnostics.some((d) => d.ruleId === 'duplicate-section')).toBe(true);
    expect(paths).not.toContain('deploy-func.yml');
    expect(paths).not.toContain('deploy-all.yml');
    expect(paths).toContain('deploy-table.yml');
  });

  it("an unknown id under Required By › Deploy holds back that doc's delete workflow (its delete guard would lose the edge)", async () => {
    const withTypo = table.replace('### Deploy\n\n- `func`', '### Deploy\n\n- `func`\n- `fnuc`');
    const { paths } = await generate({ 'table.md': withTypo, 'func.md': func('### Deploy\n\n- `table`') });
    expect(paths).not.toContain('delete-table.yml');
    expect(paths).toContain('deploy-table.yml');
  });

  it('a malformed percent-escape in a link or a diagram URL is reported, not a crash', async () => {
    const docs = {
      'table.md': table.replace('- `func`', '- [func](./fu%ZZnc.md)').replace('2. SAM delete `app-table`.', '2. SAM delete `app-table`.\n\n### Sequence Diagram\n\n![x](./images/%E0.svg)'),
      'func.md': func('### Deploy\n\n- `table`'),
    };
    const { analysis } = await generate(docs);
    const ids = analysis.diagnostics.filter((d) => d.file === 'docs/components/table.md').map((d) => d.ruleId);
    expect(ids).toContain('unknown-reference');
    expect(ids).toContain('diagram-link');
  });
});
