/** `DynamoDbUsersTableName` → `DYNAMO_DB_USERS_TABLE_NAME`: the name `(from secrets)` implies. */
export function upperSnake(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .toUpperCase();
}
const contextPath = /^`?(?:\$\{\{\s*)?([A-Za-z_][\w-]*(?:\.[\w*-]+)+)(?:\s*\}\})?`?$/;
/**
 * Reads the words inside `(…)` after a parameter name. Returns null source
 * plus a problem when the wording is not one we know.
 */
export function readSource(name, words, position) {
    const w = words.trim().replace(/\s+/g, ' ');
    let m;
    if ((m = /^(?:value|literal|=)\s*:?\s*`([^`]*)`$/i.exec(w)))
        return { source: { kind: 'literal', value: m[1] } };
    const from = /^from (.+)$/i.exec(w)?.[1];
    if (from !== undefined) {
        if (/^(?:the )?secrets?$/i.test(from))
            return expr(`secrets.${upperSnake(name)}`);
        if (/^(?:the )?(?:vars|variables?)$/i.test(from))
            return expr(`vars.${upperSnake(name)}`);
        if ((m = /^(?:the )?`([^`]+)` secret$/i.exec(from)))
            return expr(`secrets.${m[1]}`);
        if ((m = /^(?:the )?`([^`]+)` (?:variable|var)$/i.exec(from)))
            return expr(`vars.${m[1]}`);
        if ((m = /^(?:the )?`([^`]+)` stack(?:'s)?(?: `([^`]+)`)? outputs?$/i.exec(from)))
            return { source: { kind: 'stack-output', stack: m[1], output: m[2] ?? name } };
        if ((m = contextPath.exec(from)))
            return expr(m[1]);
        const composed = readComposed(from);
        if (composed)
            return { source: composed };
    }
    return {
        source: null,
        problem: {
            ruleId: 'parameter-without-source',
            message: `Unexpected parameter source \`${w}\` for \`${name}\``,
            position,
            hint: 'Write `(from vars.NAME)`, `(from secrets)`, `(from `NAME` secret)`, `(from `NAME` variable)`, `(from the `stack` stack output)` or `(from `https://` + vars.NAME)`.',
        },
    };
}
/** `` `https://` + vars.UI_DOMAIN ``: code spans are literal text, the rest context paths. */
function readComposed(text) {
    const pieces = text.split(/\s+\+\s+/);
    if (pieces.length < 2)
        return null;
    const parts = [];
    for (const piece of pieces) {
        const lit = /^`([^`]*)`$/.exec(piece);
        const path = contextPath.exec(piece);
        if (lit)
            parts.push({ literal: lit[1] });
        else if (path && !piece.startsWith('`'))
            parts.push({ expression: path[1] });
        else
            return null;
    }
    return { kind: 'composed', parts };
}
function expr(expression) {
    return { source: { kind: 'expression', expression } };
}
