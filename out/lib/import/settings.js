/**
 * Settings the workflows imply, resolved into the project config and the
 * components' front matter: for each key the value most workflows agree on
 * goes to the config (unless it is docflow's default); a component that
 * differs gets front matter when the key may be set there, else the
 * disagreement is reported at each file that differs.
 */
import { DEFAULT_CONFIG } from '../config/types.js';
/** Top-level keys a doc's front matter may set (docs/config.md#per-component-overrides-front-matter). */
const PER_COMPONENT = new Set(['environments', 'aws', 'runner', 'timeoutMinutes', 'stackPrefix', 'guards', 'env', 'sam']);
/** JSON with sorted keys: equal values, equal text. */
export function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function get(object, key) {
    return key.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), object);
}
/** Sets `key` (dotted) in `object`, creating mappings on the way. */
export function setPath(object, key, value) {
    const parts = key.split('.');
    let at = object;
    for (const part of parts.slice(0, -1)) {
        if (!at[part] || typeof at[part] !== 'object')
            at[part] = {};
        at = at[part];
    }
    at[parts.at(-1)] = value;
}
/** A default as config files write it (`sam.install.if` is null there). */
function defaultOf(key) {
    const value = get(DEFAULT_CONFIG, key);
    if (key === 'sam.install' && value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
    return value;
}
export function resolveSettings(found) {
    const byKey = new Map();
    for (const s of found)
        byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
    const config = [];
    const frontMatter = new Map();
    const findings = [];
    for (const key of [...byKey.keys()].sort()) {
        const all = byKey.get(key);
        const counts = new Map();
        for (const s of all) {
            const c = canonical(s.value);
            counts.set(c, { n: (counts.get(c)?.n ?? 0) + 1, value: s.value });
        }
        const [chosen] = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
        const value = counts.get(chosen).value;
        if (canonical(defaultOf(key)) !== chosen && !(key === 'env' && chosen === '{}'))
            config.push([key, value]);
        const top = key.split('.')[0];
        const differing = all.filter((s) => canonical(s.value) !== chosen);
        // A component's own workflows must agree among themselves to share one front matter value.
        const perComponent = new Map();
        for (const s of differing)
            perComponent.set(s.component, [...(perComponent.get(s.component) ?? []), s]);
        for (const [component, list] of perComponent) {
            const own = all.filter((s) => s.component === component);
            const values = new Set(own.map((s) => canonical(s.value)));
            if (PER_COMPONENT.has(top) && values.size === 1 && !(top === 'env' && !Object.keys(value).every((k) => k in list[0].value))) {
                frontMatter.set(component, [...(frontMatter.get(component) ?? []), [key, list[0].value]]);
                continue;
            }
            // Workflow env the component's own workflows disagree on: each workflow that only adds to the
            // project's env gets the rest as its own `deploy.env` / `delete.env` (docs/config.md).
            if (key === 'env') {
                const base = value;
                const adds = (s) => Object.entries(base).every(([k, v]) => s.value[k] === v);
                if (list.every(adds)) {
                    for (const s of list) {
                        const own = Object.fromEntries(Object.entries(s.value).filter(([k, v]) => base[k] !== v));
                        if (Object.keys(own).length > 0)
                            frontMatter.set(component, [...(frontMatter.get(component) ?? []), [`${s.phase}.env`, own]]);
                    }
                    continue;
                }
            }
            for (const s of list) {
                findings.push({
                    ruleId: 'import-disagreement',
                    file: s.file,
                    position: s.position,
                    message: `\`${key}\` is \`${canonical(s.value)}\` here but \`${chosen}\` in most workflows${PER_COMPONENT.has(top) ? ` (and \`${component}\`'s workflows disagree among themselves)` : ''}; the docs use \`${chosen}\``,
                });
            }
        }
    }
    return { config, frontMatter, findings };
}
