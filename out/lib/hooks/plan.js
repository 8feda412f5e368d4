/** Whether a commit stages anything `generate` reads: cheap, so a commit with nothing relevant costs almost nothing. */
import { parse as parseYaml } from 'yaml';
import { CONFIG_FILES, DEFAULT_CONFIG } from '../config/types.js';
import { indexPath } from '../site/paths.js';
import { templatePatternRegExp } from '../cfn/pattern.js';
import { git, gitList } from './git.js';
/** Which staged paths are inputs, from the staged config. Cheap: no doc is read. */
export function preCommitPlan(cwd) {
    const top = git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
    const staged = gitList(top, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRD']);
    let paths = DEFAULT_CONFIG.paths;
    const configName = CONFIG_FILES.find((n) => gitList(top, ['ls-files', '-z', '--', n]).length > 0);
    if (configName) {
        // Only the folders, cheaply; the full validation runs when something is to be done.
        let data = null;
        try {
            data = parseYaml(git(top, ['show', `:${configName}`]).toString('utf8'));
        }
        catch {
            // An invalid config: the defaults decide relevance, and a staged config is relevant anyway.
        }
        const own = data?.paths ?? {};
        paths = { ...paths, ...Object.fromEntries(Object.entries(own).filter(([, v]) => typeof v === 'string')) };
    }
    const dir = (d) => d.replace(/\/+$/, '');
    const inside = (p, d) => dir(d) === '.' || p.startsWith(dir(d) + '/');
    const generated = [dir(paths.workflows), dir(paths.diagrams)];
    const pattern = templatePatternRegExp(paths.stackTemplates);
    const isTemplate = (p) => (pattern.test(p) || /\.ya?ml$/.test(p)) && !generated.some((g) => inside(p, g));
    const stackTemplates = [`:(glob)${paths.stackTemplates.replaceAll('{id}', '*')}`, ':(glob)**/*.yaml', ':(glob)**/*.yml'];
    const relevant = staged.filter((p) => CONFIG_FILES.includes(p) || (inside(p, paths.docs) && p.endsWith('.md') && !generated.some((g) => inside(p, g))) || inside(p, paths.templates) || isTemplate(p));
    const pages = [indexPath({ config: { paths } })];
    return { top, relevant, docs: dir(paths.docs), templates: dir(paths.templates), stackTemplates, generated, pages };
}
