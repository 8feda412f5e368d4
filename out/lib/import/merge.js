/**
 * `import --merge`: adds to existing docs what the workflows do and the docs
 * lack, through `docflow fix`'s planner and editor (the author's text is kept
 * byte for byte elsewhere): missing dependency entries, missing steps in
 * order, and the script under a prose step no kind can run. Workflow steps
 * are matched to doc steps by order and wording (a longest common
 * subsequence of their kinds and commands). Where a matched step, or the doc's
 * stack, says something else than the workflow, nothing changes: the
 * conflict is reported at the doc line with both values.
 */
import { analyze } from '../analyze.js';
import { fixDocs } from '../fix/run.js';
import { item } from './doc.js';
import { lookupId } from '../emit/workflow/step-view.js';
const RULE = 'import-merge';
/** What makes two steps the same step: their kind, or the commands of a script or shell step (one command or a script of it). */
function key(step) {
    const text = step.facts.shellText?.replace(/\\\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
    return text === undefined ? `${step.kind ?? '?'}|` : `run|${text}`;
}
function words(text) {
    return text.toLowerCase().replace(/`/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}
/** A prose step the doc describes but no kind runs, and the imported script of the same name. */
function proseMatch(doc, imported) {
    if (doc.recognised || imported.source.code.length === 0)
        return false;
    const [a, b] = [words(doc.text), words(imported.text)];
    return a === b || a.includes(b) || b.includes(a);
}
/** Two scripts or commands under the same name: the same step, written differently (a conflict, not a missing step). */
function sameTitle(doc, imported) {
    return doc.kind === imported.kind && doc.source.code.length > 0 && imported.source.code.length > 0 && words(doc.text) === words(imported.text);
}
/** Pairs (doc index, imported index) of the longest common subsequence of the two step lists. */
function align(doc, imported) {
    const same = (i, j) => key(doc[i]) === key(imported[j]) || proseMatch(doc[i], imported[j]) || sameTitle(doc[i], imported[j]);
    const n = doc.length;
    const m = imported.length;
    const len = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            len[i][j] = same(i, j) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
    const out = [];
    for (let i = 0, j = 0; i < n && j < m;) {
        if (same(i, j))
            out.push([i++, j++]);
        else if (len[i + 1][j] >= len[i][j + 1])
            i++;
        else
            j++;
    }
    return out;
}
function stackValue(stack, output) {
    return { key: `stack:${stack}/${output}`, shown: `the \`${stack}\` stack's \`${output}\` output` };
}
function sourceValue(source) {
    const key = JSON.stringify(source);
    if (source?.kind === 'expression')
        return { key, shown: `\`${source.expression}\`` };
    if (source?.kind === 'literal')
        return { key, shown: `the value \`${source.value}\`` };
    if (source?.kind === 'composed')
        return { key, shown: source.parts.map((p) => ('literal' in p ? `\`${p.literal}\`` : p.expression)).join(' + ') };
    return { key, shown: key };
}
/** The stack an earlier doc step reads its outputs from (a lookup). */
function readStack(step) {
    return step?.facts.stacks.find((u) => u.action === 'read')?.name?.value ?? null;
}
/** A doc parameter's value; null when it has no source and no earlier step provides it. */
function docValue(all, step, p) {
    const steps = all.slice(0, step.index - 1);
    const s = p.source;
    if (s === null) {
        const from = [...steps].reverse().find((t) => t.facts.produces.some((o) => o.value === p.name));
        const stack = readStack(from);
        return stack ? stackValue(stack, p.name) : null;
    }
    if (s.kind === 'stack-output')
        return stackValue(s.stack, s.output);
    if (s.kind === 'lookup') {
        const stack = readStack(steps.find((t) => t.index === s.step));
        if (stack)
            return stackValue(stack, s.output);
    }
    const m = s.kind === 'expression' ? /^steps\.([^.]+)\.outputs\.([^.]+)$/.exec(s.expression) : null;
    const by = m ? steps.find((t) => (t.options.id?.value ?? lookupId(t.index)) === m[1] && t.facts.produces.some((o) => o.value === m[2])) : undefined;
    const stack = readStack(by);
    return stack && m ? stackValue(stack, m[2]) : sourceValue(s);
}
/** A parameter of an imported step: a `steps.<id>.outputs.<name>` of a lookup script is the stack output it wrote. */
function impValue(all, step, p, imported) {
    const s = p.source;
    const m = s?.kind === 'expression' ? /^steps\.([^.]+)\.outputs\.([^.]+)$/.exec(s.expression) : null;
    const from = m ? imported.slice(0, step.index - 1).find((t) => t.id === m[1])?.produces.find((o) => o.name === m[2]) : undefined;
    if (from)
        return stackValue(from.stack, from.output);
    return s ? (docValue(all, step, p) ?? sourceValue(s)) : docValue(all, step, p);
}
/** True when a doc step reads `output` of `stack`: a lookup of it, or a value from it (a parameter or an `Env:` value). */
function obtains(steps, stack, output) {
    return steps.some((s) => (readStack(s) === stack && s.facts.produces.some((o) => o.value === output)) ||
        [...s.facts.consumes, ...s.options.env].some((p) => p.source?.kind === 'stack-output' && p.source.stack === stack && p.source.output === output));
}
/** The `(…)` source after `` `name` `` in an imported step's text. */
function sourceText(text, name) {
    const at = text.indexOf(`\`${name}\` (`);
    if (at < 0)
        return null;
    let depth = 0;
    let code = false;
    for (let k = at + name.length + 3; k < text.length; k++) {
        const ch = text[k];
        if (ch === '`')
            code = !code;
        else if (!code && ch === '(')
            depth++;
        else if (!code && ch === ')' && --depth === 0)
            return text.slice(at + name.length + 3, k + 1);
    }
    return null;
}
/** What the merge found for one doc: edits (as fix intents) and conflicts. */
function planComponent(existing, imported, source, findings) {
    const intents = [];
    const conflict = (line, message) => {
        findings?.push({ ruleId: 'import-conflict', file: existing.file, position: line.position, message });
    };
    if (existing.stack && source.stack && existing.stack.value !== source.stack) {
        findings?.push({ ruleId: 'import-conflict', file: existing.file, position: existing.stack.position, message: `The doc's stack is \`${existing.stack.value}\`, the workflows' is \`${source.stack}\`; left as the doc says` });
    }
    for (const list of ['dependencies', 'requiredBy']) {
        for (const phase of ['deploy', 'delete']) {
            const have = new Set(existing[list][phase].flatMap((r) => r.ids));
            for (const target of source[list][phase]) {
                if (have.has(target))
                    continue;
                intents.push({ kind: 'add-entry', component: existing, list, phase, target, reason: source.reasons.get(`${list === 'dependencies' ? 'on' : 'by'}:${phase}:${target}`) ?? null, rule: RULE, summary: `Added \`${target}\` to ${list === 'dependencies' ? 'Dependencies' : 'Required By'} › ${phase}, as the workflows do` });
            }
        }
    }
    for (const phase of ['deploy', 'delete']) {
        const docWf = existing.workflows[phase];
        const impWf = imported.workflows[phase];
        const steps = source.workflows[phase]?.steps ?? [];
        if (!docWf || !impWf)
            continue;
        const pairs = align(docWf.steps, impWf.steps);
        // Sources added to doc steps: a lookup script they read goes in with them.
        const added = [];
        const matched = new Map(pairs.map(([d, i]) => [i, d]));
        for (const [d, i] of pairs) {
            const doc = docWf.steps[d];
            const imp = impWf.steps[i];
            if (!doc.recognised && imp.source.code.length > 0 && doc.source.code.length === 0) {
                const body = steps[i].body;
                const indent = ' '.repeat(`${doc.index}. `.length);
                intents.push({ kind: 'insert-lines', component: existing, after: doc.position.end.line, lines: ['', ...body.map((l) => (l ? indent + l : ''))], rule: RULE, summary: `Added the workflow's script under step ${doc.index} \`${doc.text}\`` });
                continue;
            }
            if (key(doc) !== key(imp) && doc.recognised) {
                const [mine, theirs] = [(doc.facts.shellText ?? '').split('\n'), (imp.facts.shellText ?? '').split('\n')];
                const at = mine.findIndex((l, k) => l.trim() !== (theirs[k] ?? '').trim());
                const line = at < 0 ? mine.length : at;
                conflict(doc, `Step ${doc.index} \`${doc.text}\` runs \`${(mine[line] ?? '').trim()}\` at line ${line + 1} of its script, the workflow \`${(theirs[line] ?? '').trim()}\` (${steps[i].file}:${steps[i].position.start.line}); left as the doc says`);
                continue;
            }
            const facts = (s) => ({
                stacks: s.facts.stacks.filter((u) => u.action !== 'read').map((u) => u.name?.value ?? '(the doc stack)'),
                templates: s.facts.templates.map((t) => t.value),
            });
            const [a, b] = [facts(doc), facts(imp)];
            if (a.stacks.join() !== b.stacks.join())
                conflict(doc, `Step ${doc.index} names stack \`${a.stacks.join(', ')}\`, the workflow \`${b.stacks.join(', ')}\` (${steps[i].file}:${steps[i].position.start.line}); left as the doc says`);
            if (a.templates.join() !== b.templates.join() && a.templates.length > 0)
                conflict(doc, `Step ${doc.index} uses template \`${a.templates.join(', ')}\`, the workflow \`${b.templates.join(', ')}\` (${steps[i].file}:${steps[i].position.start.line}); left as the doc says`);
            const mine = new Map(doc.facts.consumes.map((p) => [p.name, p]));
            for (const theirs of imp.facts.consumes) {
                const own = mine.get(theirs.name);
                if (!own) {
                    // The workflow passes a parameter the doc's step does not name: a disagreement, reported with the workflow's source.
                    const text = sourceText(steps[i].text, theirs.name);
                    conflict(doc, `Step ${doc.index} does not pass parameter \`${theirs.name}\`, the workflow passes it${text ? ` ${text}` : ''} (${steps[i].file}:${steps[i].position.start.line}); left as the doc says: add it to the step's params if the doc should pass it`);
                    continue;
                }
                const [x, y] = [docValue(docWf.steps, doc, own), impValue(impWf.steps, imp, theirs, steps)];
                // A parameter the doc names without a source that nothing earlier provides: add the workflow's source.
                if (x === null) {
                    const text = sourceText(steps[i].text, theirs.name);
                    if (text)
                        added.push(text);
                    if (text)
                        intents.push({ kind: 'edit-step', component: existing, start: own.position.end, end: own.position.end, text: ` ${text}`, rule: RULE, summary: `Added the source ${text} of \`${theirs.name}\` to step ${doc.index}, as the workflow passes it` });
                    continue;
                }
                if (y !== null && x.key !== y.key && JSON.stringify(own.source) !== JSON.stringify(theirs.source))
                    conflict(own, `Parameter \`${theirs.name}\` of step ${doc.index} comes from ${x.shown}, in the workflow from ${y.shown} (${steps[i].file}:${steps[i].position.start.line}); left as the doc says`);
            }
        }
        // Runs of workflow steps the doc lacks go after the doc step matched just before them.
        let previous = null;
        let run = [];
        const flush = () => {
            if (run.length === 0)
                return;
            const after = previous === null ? docWf.steps[0] : docWf.steps[previous];
            const line = previous === null ? (after ? after.position.start.line - 1 : docWf.position.start.line) : after.position.end.line;
            const number = previous === null ? 1 : docWf.steps[previous].index + 1;
            const lines = run.flatMap((i, k) => item(number + k, steps[i]));
            intents.push({ kind: 'insert-lines', component: existing, after: line, lines: previous === null ? [...lines, ''] : ['', ...lines].filter((l, k, all) => !(k === all.length - 1 && l === '')), rule: RULE, summary: `Added ${run.length} step${run.length === 1 ? '' : 's'} the workflow has (${steps[run[0]].file}:${steps[run[0]].position.start.line}) to the ${phase} workflow` });
            run = [];
        };
        // A lookup script the doc lacks goes in only with a missing step that reads it: the doc has its own way to its values.
        const missing = impWf.steps.map((_, i) => i).filter((i) => !matched.has(i));
        const reads = (i, id) => { const t = steps[i]; return [t.text, ...t.body, ...t.options].some((l) => l.includes(`steps.${id}.outputs.`)); };
        const needed = (i) => {
            const { id, produces } = steps[i];
            if (!id || produces.length === 0 || produces.some((o) => !obtains(docWf.steps, o.stack, o.output)))
                return true;
            return missing.some((j) => j > i && reads(j, id)) || added.some((t) => t.includes(`steps.${id}.outputs.`));
        };
        impWf.steps.forEach((_, i) => {
            const d = matched.get(i);
            if (d === undefined) {
                if (needed(i))
                    run.push(i);
            }
            else {
                flush();
                previous = d;
            }
        });
        flush();
    }
    return intents;
}
export function mergeDocs(result, existing, config) {
    const files = [...existing.entries()].map(([path, text]) => ({ path, text }));
    const importedFiles = result.docs.filter((d) => existing.has(d.file)).map((d) => ({ path: d.file, text: d.text }));
    const importedAnalysis = analyze(importedFiles, { config });
    const byFile = new Map(result.docs.map((d) => [d.file, d.component]));
    const sources = new Map(result.components.map((c) => [c.id, c]));
    const pair = (analysis, c) => {
        const id = byFile.get(c.file);
        const imported = importedAnalysis.components.find((x) => x.file === c.file);
        return id && imported && sources.get(id) ? [imported, sources.get(id)] : null;
    };
    const repair = {
        rule: RULE,
        description: 'Adds what the imported workflows do and the doc lacks.',
        plan: ({ analysis }) => analysis.components.flatMap((c) => {
            const p = pair(analysis, c);
            return p ? planComponent(c, p[0], p[1], null) : [];
        }),
    };
    const fixed = fixDocs(files, { config, repairs: [repair], diagramsDir: config.paths.diagrams });
    // The repair adds only what is missing, to a fixed point; what is left are the conflicts, read on the docs as written.
    const findings = [];
    const after = analyze(fixed.files.map((f) => ({ path: f.path, text: f.text })), { config });
    for (const c of after.components) {
        const p = pair(after, c);
        if (p)
            planComponent(c, p[0], p[1], findings);
    }
    return { docs: new Map(fixed.files.map((f) => [f.path, f.text])), findings };
}
