/**
 * User step kinds: `templates/steps/<name>.step.yaml` files that declare the
 * phrases a kind matches (regular expressions; named groups become params)
 * and the step YAML it emits (a Handlebars template, `user/<kind>`). No code
 * needed: each file becomes a step kind like the built-in ones.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import { cmp } from '../diagnostics/diagnostic.js';
import { stepName } from '../emit/workflow/step-view.js';
import { defineStepKind, phrase } from './kind.js';
const KNOWN_KEYS = new Set(['kind', 'summary', 'match', 'examples', 'emit', 'secrets', 'aws']);
/** Reads every `*.step.yaml` in `root/dir` (sorted). Problems are diagnostics; bad files are skipped. */
export async function loadUserStepKinds(root, dir) {
    const folder = path.join(root, dir, 'steps');
    const names = (await fs.readdir(folder).catch(() => [])).filter((n) => n.endsWith('.step.yaml') || n.endsWith('.step.yml')).sort(cmp);
    const kinds = [];
    const diagnostics = [];
    for (const name of names) {
        const file = path.posix.join(dir.split(path.sep).join('/'), 'steps', name);
        let text;
        try {
            text = await fs.readFile(path.join(folder, name), 'utf8');
        }
        catch (e) {
            const reason = e.code ?? e.message;
            diagnostics.push({ ruleId: 'invalid-step-kind', severity: 'error', message: `Cannot read this step kind file: ${reason}`, file, start: { line: 1, column: 1 }, hint: 'Make it a readable file, or remove it.' });
            continue;
        }
        const parsed = parseUserStepKind(file, text);
        diagnostics.push(...parsed.diagnostics);
        if (parsed.kind)
            kinds.push(parsed.kind);
    }
    return { kinds, diagnostics };
}
/** Parses one step kind file. */
export function parseUserStepKind(file, text) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const diagnostics = [];
    const at = (offset) => {
        const p = lines.linePos(offset ?? 0);
        return { line: p.line, column: p.col };
    };
    const fail = (message, offset) => {
        diagnostics.push({ ruleId: 'invalid-step-kind', severity: 'error', message, file, start: at(offset), hint: 'See docs/step-kinds.md for the file format.' });
        return { kind: null, diagnostics };
    };
    if (doc.errors.length > 0)
        return fail(`Invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, doc.errors[0].pos[0]);
    if (!isMap(doc.contents))
        return fail('Unexpected content, expected a mapping with `kind`, `match` and `emit`');
    for (const pair of doc.contents.items) {
        const key = isNode(pair.key) ? String(pair.key.value) : String(pair.key);
        if (!KNOWN_KEYS.has(key))
            return fail(`Unknown key \`${key}\`, expected one of ${[...KNOWN_KEYS].map((k) => `\`${k}\``).join(', ')}`, isNode(pair.key) ? pair.key.range?.[0] : undefined);
    }
    const data = doc.toJS();
    const offsetOf = (key) => doc.get(key, true)?.range?.[0];
    const id = data.kind;
    if (typeof id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(id))
        return fail('Expected `kind` to be a kebab-case id, e.g. `notify-slack`', offsetOf('kind'));
    const match = Array.isArray(data.match) ? data.match : typeof data.match === 'string' ? [data.match] : null;
    if (!match || match.length === 0 || !match.every((m) => typeof m === 'string'))
        return fail('Expected `match` to be a regular expression or a list of them', offsetOf('match'));
    const patterns = [];
    for (const source of match) {
        try {
            patterns.push(new RegExp(source, 'i'));
        }
        catch (e) {
            return fail(`Invalid regular expression \`${source}\`: ${e.message}`, offsetOf('match'));
        }
    }
    if (typeof data.emit !== 'string' || !data.emit.trim())
        return fail('Expected `emit` to be the step YAML (a Handlebars template)', offsetOf('emit'));
    const secrets = data.secrets ?? [];
    const secretNames = Array.isArray(secrets) ? secrets.filter((s) => typeof s === 'string' && /^[A-Za-z_]\w*$/.test(s)) : [];
    if (!Array.isArray(secrets) || secretNames.length !== secrets.length)
        return fail('Expected `secrets` to be a list of secret names', offsetOf('secrets'));
    const examples = Array.isArray(data.examples) ? data.examples.map(String) : [];
    const template = `user/${id}`;
    const emit = data.emit;
    const aws = data.aws === true;
    const kind = defineStepKind({
        id,
        summary: typeof data.summary === 'string' ? data.summary : `User step kind from ${file}`,
        examples,
        match(step) {
            const text = phrase(step);
            for (const p of patterns) {
                const m = p.exec(text);
                // An optional group that did not take part is '' (not undefined), so `{{yaml params.x}}` renders.
                if (m)
                    return { params: Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, v ?? ''])) };
            }
            return null;
        },
        facts: () => ({ needsAws: aws }),
        emit: (params, ctx) => [
            {
                template,
                view: { name: stepName(ctx.step), params, text: ctx.step.text, stack: ctx.stack ?? '', component: ctx.component.id },
                secrets: secretNames,
                idToken: aws,
            },
        ],
        templates: [{ name: template, file, source: emit }],
    });
    return { kind, diagnostics };
}
