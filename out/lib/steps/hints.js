/** `text` as an inline code span, widened when it holds backticks: the step a hint says to write. */
export function md(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest > 0 ? `${fence} ${text} ${fence}` : `\`${text}\``;
}
/** The step's words outside code spans and links, whitespace collapsed. */
export function bareText(step) {
    return step.spans
        .filter((s) => s.kind === 'text')
        .map((s) => s.value)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Contents of the step's code spans, in order. */
export function codeValues(step) {
    return step.spans.filter((s) => s.kind === 'code').map((s) => s.value.trim());
}
const STACK_SHAPED = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/i;
/**
 * The stack a step names: a code span or a bare word that is one of the
 * project's stacks, else one shaped like a stack name (`app-users-table`).
 * `bare` says it was written without backticks.
 */
export function namedStack(step, ctx) {
    const code = codeValues(step);
    const words = bareText(step).split(/[\s,;()]+/).map((w) => w.replace(/[.:'"]+$/, '').replace(/'s$/, ''));
    const known = new Set(ctx.stacks);
    for (const test of [(w) => known.has(w), (w) => STACK_SHAPED.test(w)]) {
        const inCode = code.find(test);
        if (inCode)
            return { name: inCode, bare: false };
        const bare = words.find(test);
        if (bare)
            return { name: bare, bare: true };
    }
    return null;
}
/** `--flag` words written outside backticks, with what follows each up to the next flag. */
export function bareFlags(step) {
    const text = bareText(step);
    const at = text.search(/(?:^|\s)--?[a-z]/i);
    return at < 0 ? '' : text.slice(at).trim().replace(/[.]$/, '');
}
/** The bare words that follow `verb` (`sam deploy everything` → `everything`), for "has words it does not take". */
export function wordsAfter(step, verb) {
    const m = verb.exec(bareText(step));
    return m ? bareText(step).slice(m.index + m[0].length).replace(/^[\s,:;.-]+|[\s.:]+$/g, '') : '';
}
