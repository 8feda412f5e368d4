/**
 * `docflow fix` as a pure function: files in, files out. Each round analyses
 * the docs, asks every repair what it wants, plans surgical edits and
 * applies them; rounds repeat until nothing changes (a fixed point), so a
 * second run is a no-op.
 */
import { analyze } from '../analyze.js';
import { cmp } from '../diagnostics/diagnostic.js';
import { applyEdits } from './editor.js';
import { planDoc } from './plan.js';
import { repairs as builtinRepairs } from './registry.js';
import { readFixDoc } from './source.js';
const MAX_ROUNDS = 10;
/** Repairs `files` to a fixed point. Never throws on doc content. */
export function fixDocs(files, options = {}) {
    const chosen = (options.repairs ?? builtinRepairs).filter((r) => options.only === undefined || r.rule === options.only);
    const diagramsDir = options.diagramsDir ?? 'docs/components/images';
    let current = [...files].sort((a, b) => cmp(a.path, b.path));
    const original = new Map(current.map((f) => [f.path, f.text]));
    const applied = [];
    let rounds = 0;
    while (rounds < MAX_ROUNDS) {
        const analysis = analyze(current, { ...options, diagramsDir });
        const intents = chosen.flatMap((r) => r.plan({ analysis, diagramsDir }));
        if (intents.length === 0)
            break;
        const byFile = new Map();
        for (const i of intents) {
            if (!byFile.has(i.component.file))
                byFile.set(i.component.file, []);
            byFile.get(i.component.file).push(i);
        }
        const projectDeletePrefix = deletePrefixMajority(analysis.components);
        let changedThisRound = false;
        current = current.map((file) => {
            const mine = byFile.get(file.path);
            const component = analysis.components.find((c) => c.file === file.path);
            if (!mine || !component || file.readError !== undefined)
                return file;
            const planned = planDoc(readFixDoc(file.path, file.text), component, mine, { analysis, projectDeletePrefix });
            const { text, skipped } = applyEdits(file.text, planned.map((p) => p.edit));
            if (text === file.text)
                return file;
            changedThisRound = true;
            for (const p of planned) {
                if (skipped.includes(p.edit))
                    continue;
                for (const i of p.intents)
                    applied.push(record(i));
            }
            return { ...file, text };
        });
        rounds++;
        if (!changedThisRound)
            break;
    }
    const changed = current.filter((f) => f.text !== original.get(f.path)).map((f) => f.path);
    return { files: current, changed, applied, rounds };
}
function record(i) {
    const at = i.kind === 'insert-lines'
        ? { line: i.after + 1, column: 1 }
        : i.kind === 'add-entry' || i.kind === 'set-diagram'
            ? i.component.position.start
            : i.kind === 'edit-step'
                ? i.start
                : i.ref.position.start;
    return { ruleId: i.rule, severity: i.kind === 'add-entry' && i.placeholder ? 'warning' : 'info', message: i.summary, file: i.component.file, start: at };
}
function deletePrefixMajority(components) {
    const refs = components.flatMap((c) => [...c.dependencies.delete, ...c.requiredBy.delete]).filter((r) => r.ids.length > 0);
    return refs.length === 0 || refs.filter((r) => /^delete-/.test(r.raw)).length * 2 >= refs.length;
}
