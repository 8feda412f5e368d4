/**
 * Reads hand-written workflow files into plain data with positions: triggers,
 * env, jobs and their steps, each with the line it starts on. Nothing here
 * decides what a step means; the step kinds do (see `adopt` in steps/kind.ts).
 */
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
const JOB_KEYS = new Set(['needs', 'if', 'uses', 'with', 'secrets', 'runs-on', 'environment', 'timeout-minutes', 'env', 'steps', 'permissions', 'name']);
// The YAML keys of a step (one string: `shell` here is a key, not the step kind of that name).
const STEP_KEYS = new Set('name id uses with run shell if env continue-on-error working-directory'.split(' '));
function strings(value) {
    if (!value || typeof value !== 'object')
        return {};
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}
export function readWorkflow(file, text) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    const at = (node) => {
        const offset = node?.range?.[0] ?? 0;
        const start = lines.linePos(offset);
        const end = lines.linePos(node?.range?.[1] ?? offset);
        return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
    };
    const ext = path.extname(file) === '.yaml' ? 'yaml' : 'yml';
    const base = path.basename(file).replace(/\.ya?ml$/, '');
    const out = { file, base, extension: ext, name: null, on: {}, env: {}, jobs: [], problems: [] };
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const p = lines.linePos(e.pos[0]);
        out.problems.push({ message: `Invalid YAML: ${e.message.split('\n')[0]}`, position: { start: { line: p.line, column: p.col }, end: { line: p.line, column: p.col } } });
        return out;
    }
    const data = (doc.toJS() ?? {});
    out.name = typeof data.name === 'string' ? data.name : null;
    const on = data.on ?? data.true;
    out.on = typeof on === 'string' ? { [on]: {} } : Array.isArray(on) ? Object.fromEntries(on.map((t) => [String(t), {}])) : (on ?? {});
    for (const key of Object.keys(out.on))
        if (out.on[key] === null)
            out.on[key] = {};
    out.env = strings(data.env);
    const jobsNode = doc.get('jobs', true);
    if (!isMap(jobsNode)) {
        out.problems.push({ message: 'No `jobs:` mapping', position: at(doc.contents) });
        return out;
    }
    for (const pair of jobsNode.items) {
        const id = isScalar(pair.key) ? String(pair.key.value) : '';
        const node = pair.value;
        const job = (isMap(node) ? node.toJSON() : {});
        const stepsNode = isMap(node) ? node.get('steps', true) : undefined;
        const steps = [];
        const stepNodes = stepsNode && 'items' in stepsNode ? stepsNode.items : [];
        for (const stepNode of stepNodes) {
            const s = (isMap(stepNode) ? stepNode.toJSON() : {});
            const uses = typeof s.uses === 'string' ? s.uses : null;
            steps.push({
                name: typeof s.name === 'string' ? s.name : null,
                uses: uses ? uses.replace(/@.*$/, '') : null,
                ref: uses && uses.includes('@') ? uses.slice(uses.indexOf('@') + 1) : null,
                with: strings(s.with),
                run: typeof s.run === 'string' ? s.run : null,
                shell: typeof s.shell === 'string' ? s.shell : null,
                if: s.if === undefined ? null : String(s.if).trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1'),
                position: at(stepNode),
                id: typeof s.id === 'string' ? s.id : null,
                continueOnError: s['continue-on-error'] === true || s['continue-on-error'] === 'true',
                workingDirectory: typeof s['working-directory'] === 'string' ? s['working-directory'] : null,
                env: strings(s.env),
                otherKeys: isMap(stepNode)
                    ? stepNode.items.filter((p) => isScalar(p.key) && !STEP_KEYS.has(String(p.key.value))).map((p) => ({ key: String(p.key.value), position: at(p.key) }))
                    : [],
            });
        }
        const needs = job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs.map(String) : [String(job.needs)];
        out.jobs.push({
            id,
            position: at(pair.key),
            needs,
            if: job.if === undefined ? null : String(job.if).trim().replace(/^\$\{\{\s*([\s\S]*?)\s*\}\}$/, '$1'),
            uses: typeof job.uses === 'string' ? job.uses : null,
            with: job.with ?? {},
            secrets: job.secrets,
            runsOn: job['runs-on'],
            environment: job.environment,
            timeoutMinutes: typeof job['timeout-minutes'] === 'number' ? job['timeout-minutes'] : null,
            env: strings(job.env),
            steps,
            otherKeys: isMap(node) ? node.items.filter((p) => isScalar(p.key) && !JOB_KEYS.has(String(p.key.value))).map((p) => ({ key: String(p.key.value), position: at(p.key) })) : [],
        });
    }
    return out;
}
