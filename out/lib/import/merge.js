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
const RULE = 'import-merge';
/** What makes two steps the same step: their kind, and the command of a script or shell step. */
function key(step) {
    const text = step.facts.shellText?.replace(/\s+/g, ' ').trim() ?? '';
    return `${step.kind ?? '?'}|${text}`;
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
                params: Object.fromEntries(s.facts.consumes.map((p) => [p.name, JSON.stringify(p.source)])),
            });
            const [a, b] = [facts(doc), facts(imp)];
            if (a.stacks.join() !== b.stacks.join())
                conflict(doc, `Step ${doc.index} names stack \`${a.stacks.join(', ')}\`, the workflow \`${b.stacks.join(', ')}\` (${steps[i].file}:${steps[i].position.start.line}); left as the doc says`);
            if (a.templates.join() !== b.templates.join() && a.templates.length > 0)
                conflict(doc, `Step ${doc.index} uses template \`${a.templates.join(', ')}\`, the workflow \`${b.templates.join(', ')}\` (${steps[i].file}:${steps[i].position.start.line}); left as the doc says`);
            for (const [name, value] of Object.entries(b.params)) {
                if (name in a.params && a.params[name] !== value && a.params[name] !== 'null')
                    conflict(doc, `Parameter \`${name}\` of step ${doc.index} comes from ${a.params[name]}, in the workflow from ${value}; left as the doc says`);
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
        impWf.steps.forEach((_, i) => {
            const d = matched.get(i);
            if (d === undefined)
                run.push(i);
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
    // Conflicts are read once, on the docs as they are; the repair adds only what is missing, to a fixed point.
    const findings = [];
    const before = analyze(files, { config });
    for (const c of before.components) {
        const p = pair(before, c);
        if (p)
            planComponent(c, p[0], p[1], findings);
    }
    const repair = {
        rule: RULE,
        description: 'Adds what the imported workflows do and the doc lacks.',
        plan: ({ analysis }) => analysis.components.flatMap((c) => {
            const p = pair(analysis, c);
            return p ? planComponent(c, p[0], p[1], null) : [];
        }),
    };
    const fixed = fixDocs(files, { config, repairs: [repair], diagramsDir: config.paths.diagrams });
    return { docs: new Map(fixed.files.map((f) => [f.path, f.text])), findings };
}
