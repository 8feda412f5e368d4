/**
 * The components section of a VitePress sidebar, from the model: one group
 * per front-matter `group`, and the components without one by deploy wave.
 * Within a group, components follow the deploy order.
 */
import path from 'node:path';
import { cmp } from '../diagnostics/diagnostic.js';
import { componentWaves, folders, siteComponents } from './context.js';
/** The front-matter `group` of a component, if it sets one. */
export function groupOf(c) {
    const group = c.frontMatter?.value.group;
    return typeof group === 'string' && group.trim() !== '' ? group.trim() : null;
}
/** Sidebar groups for the components, the index first. */
export function componentSidebar(inputs, options) {
    const base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    const docs = folders(inputs.config).docs;
    const { waves, unordered } = componentWaves(inputs);
    const waveOf = new Map([...waves.flatMap((wave, i) => wave.map((id) => [id, i])), ...unordered.map((id) => [id, waves.length])]);
    const item = (c) => ({ text: c.id, link: base + path.posix.relative(docs, c.file).replace(/\.md$/i, '') });
    const byWave = (a, b) => waveOf.get(a.id) - waveOf.get(b.id) || cmp(a.id, b.id);
    const groups = new Map();
    const ungrouped = [];
    for (const c of siteComponents(inputs)) {
        const g = groupOf(c);
        if (g === null)
            ungrouped.push(c);
        else
            groups.set(g, [...(groups.get(g) ?? []), c]);
    }
    const named = [...groups.entries()]
        .map(([text, members]) => ({ text, members: members.sort(byWave) }))
        .sort((a, b) => waveOf.get(a.members[0].id) - waveOf.get(b.members[0].id) || cmp(a.text, b.text));
    // Components on a dependency cycle have no wave; `docflow check` reports the cycle.
    const unnamed = [...waves, unordered]
        .map((_, i) => ({ i, members: ungrouped.filter((c) => waveOf.get(c.id) === i).sort(byWave) }))
        .filter((w) => w.members.length > 0)
        .map((w) => ({ text: w.i < waves.length ? `Wave ${w.i + 1}` : 'On a dependency cycle', members: w.members }));
    return [
        { text: options.indexText ?? 'Overview', link: base },
        ...[...named, ...unnamed].map((g) => ({ text: g.text, collapsed: false, items: g.members.map(item) })),
    ];
}
