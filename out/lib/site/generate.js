import { componentsIndex } from './index-page.js';
import { docsWorkflow } from './publish.js';
/** Files the `site:` config adds to what `generate` writes; none without it. */
export function generateSiteFiles(inputs, configFile) {
    if (!inputs.config.site)
        return [];
    const docs = docsWorkflow(inputs.config, configFile ?? 'docflow.config.yaml');
    return [componentsIndex(inputs, 'github'), ...(docs ? [docs] : [])];
}
