/**
 * Canonical YAML: fixed key order for workflow keys, no anchors or aliases,
 * no line folding, LF, exactly one final newline. Everything we emit as YAML
 * goes through here, so two runs can never differ in formatting.
 */
import { Document, isSeq, LineCounter, parseDocument, Scalar, visit } from 'yaml';
const ORDER = {
    workflow: ['name', 'run-name', 'on', 'permissions', 'concurrency', 'env', 'defaults', 'jobs'],
    job: ['name', 'needs', 'if', 'runs-on', 'environment', 'permissions', 'timeout-minutes', 'concurrency', 'outputs', 'env', 'defaults', 'strategy', 'uses', 'with', 'secrets', 'steps'],
    step: ['name', 'id', 'if', 'uses', 'with', 'env', 'shell', 'working-directory', 'continue-on-error', 'timeout-minutes', 'run'],
};
/** Serialises a workflow object canonically. */
export function emitWorkflowYaml(workflow, options = {}) {
    return emitYaml(orderWorkflow(workflow), options);
}
/** Serialises any plain value canonically (insertion order kept). */
export function emitYaml(value, options = {}) {
    const doc = new Document(value, { aliasDuplicateObjects: false });
    if (options.header?.length)
        doc.commentBefore = options.header.map((l) => ` ${l}`.trimEnd()).join('\n');
    const comments = options.trailingComments && options.trailingComments.size > 0 ? options.trailingComments : null;
    // One walk: trailing comments, and YAML 1.1 readers take NEL, LS and PS for line breaks: such a string is double-quoted and the characters escaped below.
    visit(doc, {
        Scalar(_key, node) {
            if (typeof node.value !== 'string')
                return;
            if (comments?.has(node.value))
                node.comment = ` ${comments.get(node.value)}`;
            if (BREAKERS.test(node.value))
                node.type = Scalar.QUOTE_DOUBLE;
        },
    });
    const text = escapeBreakers(doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true, blockQuote: 'literal', defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }));
    return text.replace(/\r\n?/g, '\n').replace(/\n*$/, '\n');
}
const BREAKERS = /[\u0085\u2028\u2029]/;
const BREAKER_ESCAPES = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };
/** Raw NEL/LS/PS (only inside double-quoted scalars, see above) as YAML escapes, which 1.1 and 1.2 read alike. */
function escapeBreakers(text) {
    return text.replace(/[\u0085\u2028\u2029]/g, (ch) => BREAKER_ESCAPES[ch]);
}
function orderWorkflow(wf) {
    const out = ordered(wf, ORDER.workflow);
    const jobs = out.jobs;
    if (jobs && typeof jobs === 'object') {
        out.jobs = Object.fromEntries(Object.entries(jobs).map(([id, job]) => {
            const j = ordered(job, ORDER.job);
            if (Array.isArray(j.steps))
                j.steps = j.steps.map((s) => ordered(s, ORDER.step));
            return [id, j];
        }));
    }
    return out;
}
/** Known keys first in `order`, then the rest in their original order. */
function ordered(obj, order) {
    const out = {};
    for (const k of order)
        if (k in obj && obj[k] !== undefined)
            out[k] = obj[k];
    for (const [k, v] of Object.entries(obj))
        if (!(k in out) && v !== undefined)
            out[k] = v;
    return out;
}
/**
 * Line ranges (1-based, inclusive) of the steps of job `jobId` in a workflow
 * {@link emitWorkflowYaml} wrote, for mapping findings back to doc steps.
 * That output's layout is fixed (two-space indents, sequences indented under
 * their key, no folding, block scalars indented under their key), so a line
 * scan finds the items without parsing the YAML again. A job id the scan
 * does not find as a plain key (one YAML quotes) is looked up by parsing.
 */
export function workflowStepLines(text, jobId) {
    const scanned = scanStepLines(text, jobId);
    return scanned.length > 0 ? scanned : parsedSequenceLines(text, ['jobs', jobId, 'steps']);
}
/** The line scan of {@link workflowStepLines} alone (empty when it does not find the job's steps). */
export function scanStepLines(text, jobId) {
    const lines = text.split('\n');
    const indent = (line) => line.length - line.trimStart().length;
    const out = [];
    let i = lines.indexOf('jobs:');
    if (i < 0)
        return out;
    const jobKey = `  ${jobId}:`;
    for (i++; i < lines.length && lines[i] !== jobKey; i++)
        if (lines[i] !== '' && indent(lines[i]) < 2)
            return out;
    for (i++; i < lines.length && lines[i] !== '    steps:'; i++)
        if (lines[i] !== '' && indent(lines[i]) < 4)
            return out;
    for (i++; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        if (indent(line) < 6 || (indent(line) === 6 && !line.startsWith('      - ')))
            break;
        if (line.startsWith('      - '))
            out.push({ start: i + 1, end: i + 1 });
        else if (out.length === 0)
            break;
        out[out.length - 1].end = i + 1;
    }
    return out;
}
function parsedSequenceLines(text, path) {
    const counter = new LineCounter();
    const node = parseDocument(text, { lineCounter: counter }).getIn(path, true);
    if (!node || !isSeq(node))
        return [];
    return node.items.map((item) => {
        const range = item.range ?? [0, 0, 0];
        return { start: counter.linePos(range[0]).line, end: counter.linePos(Math.max(range[0], range[1] - 1)).line };
    });
}
