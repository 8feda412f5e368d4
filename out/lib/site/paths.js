/** The components index's path, relative to the root: `<docs>/index.md`. */
export function indexPath(inputs) {
    return `${inputs.config.paths.docs.replace(/\/+$/, '')}/index.md`;
}
