/**
 * The files mermaid-cli loads into its page: the same mermaid bundle and
 * stylesheets, resolved from docflow's own dependencies (mermaid-cli itself
 * is only a devDependency, for the tests and the benchmark).
 * The page gets them through request interception under a fake origin:
 * Chromium won't import ES modules from `file://`, and a local HTTP server
 * would need a port (and measured no faster).
 */
import { readFile, readdir, realpath } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withFastConfigCopy } from './config-copy.js';
import { withStateResets } from './state.js';
/** The fake origin the page loads mermaid's files from (`.invalid` never resolves). */
export const ASSET_ORIGIN = 'https://docflow-render.invalid';
/**
 * Stylesheet packages that are optional peer dependencies. Font Awesome is
 * 40 MB on disk, and only a diagram with an icon needs it: docflow's own
 * templates escape `:`, `<` and `{`, so doc text can never make one. Without
 * it, a diagram with an icon is a render error ({@link usesIcons}), never an
 * SVG that differs from mermaid-cli's.
 */
export const OPTIONAL_STYLE_PACKAGES = ['@fortawesome/fontawesome-free'];
/**
 * Whether a diagram draws a Font Awesome icon: `fa:fa-car`, a mindmap
 * `::icon(…)`, a `:::fa…` class or raw `<i class=…>`. Unlike
 * {@link usesWebFonts} this may not be loose: it turns a missing optional
 * package into an error.
 */
export function usesIcons(source) {
    return /\bfa[bklrs]?:fa-|::icon\(|:::\s*fa|<i\s[^>]*class=|font\s*awesome/i.test(source);
}
// The stylesheets mermaid-cli's renderMermaid adds, in its order. They carry
// @font-face rules (icons, math), which matter for `fa:` icons and KaTeX.
const STYLESHEETS = [
    ['@fortawesome/fontawesome-free', 'css/brands.css'],
    ['@fortawesome/fontawesome-free', 'css/regular.css'],
    ['@fortawesome/fontawesome-free', 'css/solid.css'],
    ['@fortawesome/fontawesome-free', 'css/fontawesome.css'],
    ['katex', 'dist/katex.css'],
];
/**
 * Whether a diagram may use the stylesheets: KaTeX math (`$$…$$`), Font
 * Awesome's classes (`fa`, `fab`, `far`, `fas`, `fa-*`, whether from
 * `fa:fa-car`, a mindmap `::icon(fa fa-book)`, a `:::fas` class or raw
 * `<i class="fa">`), or a font family named after either. Those classes,
 * `.katex*` and custom properties are all the stylesheets style (plus a
 * counter on `body`), so a diagram without them renders the same with or
 * without. Deliberately loose: a false positive only loads the fonts early.
 */
export function usesWebFonts(source) {
    return /\$\$|\bfa[bklrs]?\b|awesome|katex/i.test(source);
}
const CONTENT_TYPES = {
    '.css': 'text/css;charset=UTF-8',
    '.js': 'application/javascript',
    '.mjs': 'application/javascript',
    '.woff2': 'font/woff2',
};
/** mermaid-cli's `dist/index.html`, byte for byte (a test compares it with mermaid-cli's). */
export const MERMAID_CLI_PAGE = '<!doctype html>\n<html>\n  <body>\n    <div id="container"></div>\n  </body>\n</html>\n';
let cached;
/** Resolves mermaid's ESM bundle and the stylesheets, once per process. */
export function pageAssets() {
    cached ??= resolveAssets();
    return cached;
}
async function resolveAssets() {
    const fromHere = createRequire(import.meta.url);
    const packageDir = async (name) => realpath(dirname(fromHere.resolve(`${name}/package.json`)));
    const mermaidDir = await packageDir('mermaid');
    const roots = new Set([join(mermaidDir, 'dist')]);
    const styleUrls = [];
    const missingPackages = new Set();
    for (const [pkg, file] of STYLESHEETS) {
        const dir = await packageDir(pkg).catch((e) => {
            if (!OPTIONAL_STYLE_PACKAGES.includes(pkg))
                throw e;
            missingPackages.add(pkg);
            return null;
        });
        if (dir === null)
            continue;
        roots.add(dir);
        styleUrls.push(assetUrl(join(dir, file)));
    }
    const chunkDir = join(mermaidDir, 'dist', 'chunks', 'mermaid.esm');
    const warmModuleUrls = (await readdir(chunkDir))
        .filter((name) => /^sequenceDiagram-\w+\.mjs$/.test(name))
        .sort()
        .map((name) => assetUrl(join(chunkDir, name)));
    return {
        pageHtml: MERMAID_CLI_PAGE,
        mermaidUrl: assetUrl(join(mermaidDir, 'dist', 'mermaid.esm.mjs')),
        styleUrls,
        warmModuleUrls,
        roots: [...roots],
        missingPackages: [...missingPackages],
    };
}
function assetUrl(path) {
    return ASSET_ORIGIN + pathToFileURL(path).pathname;
}
const bodies = new Map();
/**
 * The file behind an asset URL, or `null` when the URL is outside the asset
 * roots or of a type the page never needs (the request is then refused).
 */
export async function readAsset(assets, url) {
    if (!url.startsWith(ASSET_ORIGIN + '/'))
        return null;
    let path;
    try {
        path = decodeURIComponent(new URL(url).pathname);
    }
    catch {
        return null; // a malformed escape names no file
    }
    const contentType = CONTENT_TYPES[extname(path).toLowerCase()];
    if (!contentType || !assets.roots.some((root) => isInside(root, path)))
        return null;
    let body = bodies.get(path);
    if (!body) {
        body = readFile(path).then((bytes) => (path.endsWith('.mjs') ? Buffer.from(patchModule(bytes.toString('utf8')), 'utf8') : bytes).toString('base64'));
        bodies.set(path, body);
    }
    try {
        return { contentType, base64Body: await body };
    }
    catch {
        bodies.delete(path);
        return null;
    }
}
/** mermaid's module with docflow's appended patches: counter resets, then the fast config copy. */
function patchModule(code) {
    return withFastConfigCopy(withStateResets(code));
}
function isInside(root, path) {
    const rel = relative(root, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
