/**
 * Resolves every Dependencies / Required By entry to component ids: links by
 * their target file, globs by matching ids, names with or without a
 * `deploy-`/`delete-` workflow prefix.
 */
import path from 'node:path';
import picomatch from 'picomatch';
const PREFIX = /^(?:deploy|delete)-/;
/** Fills `ref` and `ids` on every entry of every component, in place. */
export function resolveReferences(components) {
    const byId = new Map();
    const byFile = new Map();
    for (const c of components) {
        if (!byId.has(c.id))
            byId.set(c.id, c);
        byFile.set(c.file, c);
    }
    const ids = globIndex([...byId.keys()]);
    for (const c of components) {
        for (const list of [c.dependencies.deploy, c.dependencies.delete, c.requiredBy.deploy, c.requiredBy.delete]) {
            for (const ref of list)
                resolveOne(ref, c, byId, byFile, ids);
        }
        for (const listed of c.listedGlobs) {
            listed.ids = globMatches(listed.glob.value.replace(PREFIX, ''), ids);
            for (const ref of listed.listed)
                resolveOne(ref, c, byId, byFile, ids);
        }
    }
}
function globIndex(ids) {
    const reverse = (s) => [...s].reverse().join('');
    return { sorted: [...ids].sort(), reversed: ids.map(reverse).sort(), matchers: new Map(), results: new Map() };
}
/** Entries of sorted `list` that start with `prefix`. */
function withPrefix(list, prefix) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    let end = lo;
    while (end < list.length && list[end].startsWith(prefix))
        end++;
    return list.slice(lo, end);
}
function globMatches(pattern, index) {
    const known = index.results.get(pattern);
    if (known)
        return known;
    let isMatch = index.matchers.get(pattern);
    if (!isMatch)
        index.matchers.set(pattern, (isMatch = picomatch(pattern, { dot: true })));
    // Literal text before the first and after the last character with a glob meaning (or an escape).
    const special = /[*?[\]{}()!+@\\]/;
    const first = pattern.search(special);
    const prefix = first === -1 ? pattern : pattern.slice(0, first);
    const byPrefix = withPrefix(index.sorted, prefix);
    // After a backslash nothing is known to be literal: picomatch hands `\b`, `\d`, `\u0061` to the
    // regular expression as they are (a word boundary, a digit, an `a`). Only the prefix, which ends
    // before the first backslash, narrows such a pattern.
    let bySuffix = null;
    if (!pattern.includes('\\')) {
        const reversedPattern = [...pattern].reverse().join('');
        const last = reversedPattern.search(special);
        bySuffix = withPrefix(index.reversed, last === -1 ? reversedPattern : reversedPattern.slice(0, last));
    }
    // A leading `!` negates the whole pattern: every id is a candidate.
    const candidates = pattern.startsWith('!') ? index.sorted : bySuffix === null || byPrefix.length <= bySuffix.length ? byPrefix : bySuffix.map((r) => [...r].reverse().join('')).sort();
    const out = candidates.filter((id) => isMatch(id));
    index.results.set(pattern, out);
    return out;
}
function resolveOne(ref, owner, byId, byFile, ids) {
    const name = ref.raw.trim();
    ref.ref = byId.has(name) ? name : name.replace(PREFIX, '');
    if (ref.link && !/^[a-z]+:/i.test(ref.link)) {
        const target = safeDecodeURI(ref.link.split('#')[0]);
        const file = path.posix.normalize(path.posix.join(path.posix.dirname(owner.file), target));
        const hit = byFile.get(file);
        ref.ids = hit ? [hit.id] : [];
        return;
    }
    if (ref.glob) {
        ref.ids = [...globMatches(ref.ref, ids)];
        return;
    }
    ref.ids = byId.has(ref.ref) ? [ref.ref] : [];
}
/** `decodeURI`, but a malformed escape (`%ZZ`) leaves the text as written: it then resolves to nothing and is reported. */
export function safeDecodeURI(text) {
    try {
        return decodeURI(text);
    }
    catch {
        return text;
    }
}
