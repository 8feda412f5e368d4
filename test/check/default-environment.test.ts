/**
 * Front matter `deploy.defaultEnvironment`: the environment the dispatch form
 * preselects and the job falls back to when a trigger brings no inputs. It
 * must be one of the component's environments; the generated workflow uses it.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocs, printDiagnostics } from '../helpers/world.js';

const doc = (frontMatter: string) => `---\n${frontMatter}\n---\n\n# portal\n\n## Deploy Workflow\n\n### Steps\n\n1. \`npm ci\` in \`site\`\n`;

describe('deploy.defaultEnvironment', () => {
  it('is reported at its value when it is not one of the environments', () => {
    const analysis = analyzeDocs({ 'portal.md': doc('environments: [dev, production]\ndeploy:\n  on: { push: { tags: [v*] } }\n  defaultEnvironment: prod') });
    expect(printDiagnostics(analysis.diagnostics.filter((d) => d.ruleId === 'invalid-front-matter'))).toBe(
      'docs/components/portal.md:5:23: error `deploy.defaultEnvironment` is `prod`, which is not one of the environments (`dev`, `production`) [invalid-front-matter]\n',
    );
  });

  it('is accepted when it names one of them', () => {
    const analysis = analyzeDocs({ 'portal.md': doc('environments: [dev, production]\ndeploy:\n  defaultEnvironment: production') });
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.components[0]!.options.config.workflow.deploy.defaultEnvironment).toBe('production');
  });
});
