import { diagnosticJson } from '../diagnostics/report/json.js';
import { stackOf } from './types.js';
/** The JSON-ready model. */
export function modelJson(analysis) {
    return {
        components: analysis.components.map(componentJson),
        diagnostics: analysis.diagnostics.map(diagnosticJson),
    };
}
function componentJson(c) {
    return {
        id: c.id,
        file: c.file,
        title: c.title?.value ?? null,
        overview: c.overview,
        stack: stackOf(c),
        dependencies: { deploy: c.dependencies.deploy.map(refJson), delete: c.dependencies.delete.map(refJson) },
        requiredBy: { deploy: c.requiredBy.deploy.map(refJson), delete: c.requiredBy.delete.map(refJson) },
        workflows: { deploy: workflowJson(c.workflows.deploy), delete: workflowJson(c.workflows.delete) },
        failureScenarios: c.failureScenarios.map((f) => ({ ...f.cells, line: f.position.start.line })),
        sections: c.sections.map((s) => ({ title: s.title, line: s.position.start.line })),
        frontMatter: c.frontMatter?.value ?? null,
        line: c.position.start.line,
    };
}
function refJson(r) {
    return { ref: r.ref, ids: r.ids, reason: r.reason, line: r.position.start.line, column: r.position.start.column };
}
function workflowJson(w) {
    if (!w)
        return null;
    return {
        description: w.description,
        steps: w.steps.map((s) => ({
            line: s.position.start.line,
            column: s.position.start.column,
            text: s.text,
            kind: s.kind,
            params: plain(s.params),
        })),
        diagram: w.diagram ? { alt: w.diagram.alt, url: w.diagram.url, line: w.diagram.position.start.line } : null,
        sections: w.sections.map((s) => ({ title: s.title, line: s.position.start.line })),
    };
}
/** Positions inside params become `{line, column}`; a located value `{value, position}` prints as its value; `…Position` keys are dropped. */
function plain(value) {
    if (Array.isArray(value))
        return value.map(plain);
    if (!value || typeof value !== 'object')
        return value;
    if (isPosition(value))
        return { line: value.start.line, column: value.start.column };
    const entries = Object.entries(value);
    if (entries.length === 2 && 'value' in value && 'position' in value && isPosition(value.position))
        return plain(value.value);
    const out = {};
    for (const [k, v] of entries) {
        if (k.endsWith('Position'))
            continue;
        if (k === 'position' && isPosition(v)) {
            out.line = v.start.line;
            out.column = v.start.column;
        }
        else
            out[k] = plain(v);
    }
    return out;
}
function isPosition(v) {
    return !!v && typeof v === 'object' && 'start' in v && 'end' in v && !!v.start && typeof v.start === 'object' && 'line' in v.start && typeof v.start.line === 'number';
}
