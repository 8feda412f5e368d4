/**
 * The site's committed outputs: the components index and the docs workflow.
 * Pure, like the workflow generator; fed with what it produced.
 */
import type { GeneratedFile } from '../emit/files.js';
import type { SiteInputs } from './context.js';
/** Files the `site:` config adds to what `generate` writes; none without it. */
export declare function generateSiteFiles(inputs: SiteInputs, configFile: string | null): GeneratedFile[];
