/**
 * What the Dependencies ⇄ Required By and delete-order rules look for, as
 * data: each missing entry with the entry that implies it. The check rules
 * report these; `docflow fix` writes them. One walk, so both always agree.
 */
import { distance } from 'fastest-levenshtein';
import picomatch from 'picomatch';
import { cmp } from '../diagnostics/diagnostic.js';
import { PHASES, stackOf } from '../model/types.js';
/** True when any entry of `refs` resolves to `id`. */
export function covers(refs, id) {
    return refs.some((r) => r.ids.includes(id));
}
/** An entry `docflow fix` wrote for a human to decide: `` `TODO:<id>` ``. It resolves to nothing, so `check` flags it. */
export function isPlaceholder(ref) {
    return /^todo:/i.test(ref.raw);
}
/** A placeholder for `id` stands in for the entry: it is reported once, as a placeholder, not also as missing. */
function coversOrPlaceholder(refs, id) {
    return refs.some((r) => r.ids.includes(id) || (isPlaceholder(r) && r.raw.slice(5).trim() === id));
}
/**
 * A component with no stack and no delete workflow (a test run, a UI upload):
 * it is never deleted, so it takes no part in delete ordering.
 */
export function isStackless(c) {
    return stackOf(c) === null && !c.workflows.delete;
}
/**
 * A lists B under Dependencies (or Required By), and B does not list A under
 * the mirror list of the same phase. An entry A lacks because A misspelt it
 * is left out: the misspelt entry is the one finding (see {@link unknownEntries}).
 */
export function missingMirrors(components, byId) {
    return unexplained(allMissingMirrors(components, byId), components, byId);
}
function allMissingMirrors(components, byId) {
    const out = [];
    for (const a of components) {
        if (byId.get(a.id) !== a)
            continue;
        for (const phase of PHASES) {
            for (const [from, to] of [['dependencies', 'requiredBy'], ['requiredBy', 'dependencies']]) {
                for (const ref of a[from][phase]) {
                    for (const id of ref.ids) {
                        const b = byId.get(id);
                        if (b === a || coversOrPlaceholder(b[to][phase], a.id))
                            continue;
                        if (phase === 'delete' && (isStackless(a) || isStackless(b)))
                            continue;
                        out.push({ owner: b, list: to, phase, id: a.id, source: a, ref });
                    }
                }
            }
        }
    }
    return out;
}
/** A deploys on B, B has a delete workflow, and B's Dependencies › Delete does not cover A (unless B misspelt it, as above). */
export function missingDeleteOrder(components, byId) {
    return unexplained(allMissingDeleteOrder(components, byId), components, byId);
}
function allMissingDeleteOrder(components, byId) {
    const out = [];
    for (const a of components) {
        if (byId.get(a.id) !== a || isStackless(a))
            continue;
        for (const ref of a.dependencies.deploy) {
            for (const id of ref.ids) {
                const b = byId.get(id);
                // Two components that deploy on each other are a cycle, reported as one: there is no order to derive.
                if (b === a || !b.workflows.delete || covers(b.dependencies.delete, a.id) || covers(b.dependencies.deploy, a.id))
                    continue;
                out.push({ owner: b, list: 'dependencies', phase: 'delete', id: a.id, source: a, ref });
            }
        }
    }
    return out;
}
/**
 * The fewest targets covering `missing`: a glob where every id it matches is
 * missing (at least two), preferring globs the doc already writes, then the
 * one covering most; the rest by id.
 */
export function coverWithGlobs(owner, missing, ids) {
    const others = ids.filter((id) => id !== owner.id);
    const written = new Set([...owner.dependencies.deploy, ...owner.dependencies.delete, ...owner.requiredBy.deploy, ...owner.requiredBy.delete].filter((r) => r.glob).map((r) => r.ref));
    const candidates = new Set(written);
    for (const id of missing) {
        const parts = id.split('-');
        for (let k = 1; k < parts.length; k++)
            candidates.add(`${parts.slice(0, k).join('-')}-*`);
    }
    const left = new Set(missing);
    const out = [];
    for (;;) {
        let best = null;
        for (const glob of [...candidates].sort(cmp)) {
            const isMatch = picomatch(glob, { dot: true });
            const hits = others.filter((id) => isMatch(id));
            if (hits.length < 2 || isMatch(owner.id) || !hits.every((id) => left.has(id)))
                continue;
            const w = written.has(glob);
            if (!best || (w && !best.written) || (w === best.written && hits.length > best.hits.length))
                best = { glob, hits, written: w };
        }
        if (!best)
            break;
        out.push(best.glob);
        for (const id of best.hits)
            left.delete(id);
        candidates.delete(best.glob);
    }
    return [...out, ...[...left].sort(cmp)];
}
/** Every entry that resolves to nothing (placeholders aside), in doc order; a link's target is not guessed at. */
export function unknownEntries(components, byId) {
    const ids = [...byId.keys()].sort(cmp);
    const found = [];
    for (const c of components) {
        for (const list of ['dependencies', 'requiredBy'])
            for (const phase of PHASES) {
                for (const ref of c[list][phase]) {
                    if (ref.ids.length > 0 || isPlaceholder(ref))
                        continue;
                    found.push({ owner: c, list, phase, ref, meanings: ref.link ? [] : meanings(ref.ref, ref.glob, ids.filter((id) => id !== c.id)), explains: [] });
                }
            }
    }
    if (found.length === 0)
        return found;
    const missing = [...allMissingMirrors(components, byId), ...allMissingDeleteOrder(components, byId)];
    for (const u of found) {
        const mine = missing.filter((m) => m.owner === u.owner && m.list === u.list && m.phase === u.phase);
        const confirmed = u.meanings.filter((meant) => mine.some((m) => namesId(meant, m.id)));
        if (confirmed.length > 0)
            u.meanings = confirmed;
        u.explains = u.meanings.length === 1 ? mine.filter((m) => namesId(u.meanings[0], m.id)) : [];
    }
    return found;
}
/** The unknown entry of `owner`'s `list` › `phase` that was meant to name `id`, if any. */
export function explainedBy(unknowns, owner, list, phase, id) {
    return unknowns.find((u) => u.owner === owner && u.list === list && u.phase === phase && u.meanings.length === 1 && namesId(u.meanings[0], id));
}
function unexplained(missing, components, byId) {
    if (missing.length === 0)
        return missing;
    const unknowns = unknownEntries(components, byId);
    return unknowns.length === 0 ? missing : missing.filter((m) => !explainedBy(unknowns, m.owner, m.list, m.phase, m.id));
}
/** True when `target` (an id or a glob) names `id`. */
function namesId(target, id) {
    return target === id || (/[*?[\]{}]/.test(target) && picomatch(target, { dot: true })(id));
}
/** The ids `name-*` matches: a bare family name (`func-api`) is usually a glob without its `*`. */
export function familyOf(name, ids) {
    const isMatch = picomatch(`${name.replace(/-$/, '')}-*`, { dot: true });
    return ids.filter((id) => isMatch(id));
}
/**
 * What an unknown name most likely meant: the glob `name-*` when it matches
 * several ids, else the ids (or, for a glob, the family globs) at the
 * smallest edit distance within the did-you-mean threshold.
 */
export function meanings(name, glob, ids) {
    if (!glob) {
        if (familyOf(name, ids).length >= 2)
            return [`${name.replace(/-$/, '')}-*`];
    }
    const pool = glob ? [...new Set(ids.flatMap((id) => id.split('-').slice(0, -1).map((_, k, parts) => `${parts.slice(0, k + 1).join('-')}-*`)))] : [...ids];
    const limit = Math.max(2, Math.floor(name.length / 3));
    let best = Infinity;
    let found = [];
    for (const candidate of pool.sort(cmp)) {
        const d = distance(name, candidate);
        if (d > limit || d > best)
            continue;
        if (d < best)
            [best, found] = [d, []];
        found.push(candidate);
    }
    return found;
}
