/** Where docflow writes the pages it generates into the docs folder (light: the pre-commit hook reads it before loading anything else). */
import type { Config } from '../config/types.js';
/** The components index's path, relative to the root: `<docs>/index.md`. */
export declare function indexPath(inputs: {
    config: Pick<Config, 'paths'>;
}): string;
