/**
 * The docs workflow (`docs.yml`): builds the site with `npm run docs:build`
 * and publishes it to GitHub Pages (upload-pages-artifact + deploy-pages),
 * or syncs it to S3 and invalidates CloudFront. Every job gets only the
 * permissions it uses, actions come from the pins, and every value reaches
 * a script through `env:`, never through `${{ }}` inside `run:`.
 */
import type { Config } from '../config/types.js';
import { type GeneratedFile } from '../emit/files.js';
/** The docs workflow's file name. */
export declare const DOCS_WORKFLOW = "docs.yml";
/** The docs workflow, or null when the site is not published from CI (`publish.to: none`). */
export declare function docsWorkflow(config: Config, source: string): GeneratedFile | null;
