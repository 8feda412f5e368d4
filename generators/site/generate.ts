/**
 * The site's committed outputs: the components index and the docs workflow.
 * Pure, like the workflow generator; fed with what it produced.
 */
import type { GeneratedFile } from '../emit/files.js';
import type { SiteInputs } from './context.js';
import { componentsIndex } from './index-page.js';
import { docsWorkflow } from './publish.js';

/** Files the `site:` config adds to what `generate` writes; none without it. */
export function generateSiteFiles(inputs: SiteInputs, configFile: string | null): GeneratedFile[] {
  if (!inputs.config.site) return [];
  const docs = docsWorkflow(inputs.config, configFile ?? 'docflow.config.yaml');
  return [componentsIndex(inputs, 'github'), ...(docs ? [docs] : [])];
}
