/** Builds a registry entry from a typed definition. */
export function defineStepKind(def) {
    return {
        id: def.id,
        summary: def.summary,
        examples: def.examples,
        templates: def.templates ?? [],
        hint: def.hint ?? null,
        adopt: def.adopt ? (step, ctx) => def.adopt(step, ctx) : null,
        match(source) {
            const m = def.match(source);
            if (!m)
                return null;
            const params = m.params;
            const draw = def.diagram;
            return {
                params,
                problems: m.problems ?? [],
                facts: { ...noFacts(), lineValues: textValues(params), ...def.facts?.(params, source) },
                emit: (ctx) => def.emit(params, ctx),
                diagram: draw ? (ctx) => draw(params, ctx) : null,
            };
        },
    };
}
/** The facts of a step that tells nothing (and of an unrecognised one). */
export function noFacts() {
    return { stacks: [], produces: [], consumes: [], capabilities: [], templates: [], lineValues: [], samConfig: null, needsAws: false, credentials: null, needsCheckout: false, checksOut: false, builds: false, needsBuild: false, shellText: null, workingDirectory: null };
}
/** Every string inside `value`, in order, skipping positions: what a step places in its workflow. */
export function textValues(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.flatMap(textValues);
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => (k === 'position' || k.endsWith('Position') ? [] : textValues(v)));
    }
    return [];
}
/**
 * The step text as kinds match it: whitespace collapsed, a trailing period or
 * colon removed. Case is left alone; patterns use the `i` flag.
 */
export function phrase(step) {
    return step.text.replace(/\s+/g, ' ').trim().replace(/\s*[.:]$/, '');
}
/** Position of the n-th code span whose content is `value`, else the step's. */
export function codePosition(step, value, nth = 0) {
    let seen = 0;
    for (const span of step.spans) {
        if (span.kind === 'code' && span.value === value && seen++ === nth)
            return span.position;
    }
    return step.position;
}
/** `value` located at its code span in the step (else at the step). */
export function located(step, value) {
    return { value, position: codePosition(step, value) };
}
/** Contents of every code span in `text`, in order. */
export function codeSpans(text) {
    return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1].trim());
}
/** Splits on `sep` outside backticks and parentheses. */
export function splitTop(text, sep) {
    const out = [];
    let depth = 0;
    let code = false;
    let cur = '';
    for (const ch of text) {
        if (ch === '`')
            code = !code;
        else if (!code && ch === '(')
            depth++;
        else if (!code && ch === ')')
            depth = Math.max(0, depth - 1);
        if (ch === sep && !code && depth === 0) {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    if (cur.trim())
        out.push(cur);
    return out.map((s) => s.trim()).filter(Boolean);
}
