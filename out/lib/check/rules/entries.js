/** Every entry of `c`, in a fixed order. */
export function allEntries(c) {
    const out = [];
    for (const list of ['dependencies', 'requiredBy']) {
        for (const phase of ['deploy', 'delete']) {
            for (const ref of c[list][phase])
                out.push({ ref, list, phase, section: sectionName(list, phase) });
        }
    }
    return out;
}
/** `Dependencies › Deploy`, `Required By › Delete`, … */
export function sectionName(list, phase) {
    return `${list === 'dependencies' ? 'Dependencies' : 'Required By'} › ${phase === 'deploy' ? 'Deploy' : 'Delete'}`;
}
/** Items grouped by key, groups in first-seen order. */
export function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        if (!groups.has(k))
            groups.set(k, []);
        groups.get(k).push(item);
    }
    return [...groups.values()];
}
/** `` `a` ``, `` `a` and `b` ``, `` `a`, `b` and `c` ``; past 8 ids, `` `a`, …, `h` and 3 more ``. */
export function idList(ids) {
    const shown = ids.length > 8 ? ids.slice(0, 8) : ids;
    const quoted = shown.map((id) => `\`${id}\``);
    if (ids.length > 8)
        return `${quoted.join(', ')} and ${ids.length - 8} more`;
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
/**
 * The phases whose runtime guard an entry adds a stack to: a Deploy
 * dependency feeds the deploy guard; a Delete dependency, and a Required By
 * Deploy entry (deleted before this one), feed the delete guard.
 */
export function guardedBy(list, phase) {
    if (list === 'dependencies')
        return [phase];
    return phase === 'deploy' ? ['delete'] : [];
}
