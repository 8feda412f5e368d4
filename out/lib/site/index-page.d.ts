/**
 * The components index (`<docs>/index.md`): every component with its stack,
 * purpose, deploy dependencies and workflows; the deploy-all and delete-all
 * waves; the dependency graph. Generated, so it never drifts from the docs.
 * The committed file links workflows on GitHub; the site's variant links
 * the workflow sections of the component pages instead.
 */
import type { GeneratedFile } from '../emit/files.js';
import { type SiteInputs } from './context.js';
import { indexPath } from './paths.js';
/** Where the index links a component's workflows: the YAML files (GitHub) or the component pages (the site). */
export type IndexTarget = 'github' | 'site';
export { indexPath };
/** The components index as a generated file. On the site, `graph` (inline markup) replaces the rendered graph image. */
export declare function componentsIndex(inputs: SiteInputs, target?: IndexTarget, graph?: string | null): GeneratedFile;
