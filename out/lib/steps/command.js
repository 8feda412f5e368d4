/**
 * Reads a `sam …` command written whole in backticks into its flags, so the
 * command phrasing and the prose phrasing of a step give the same params.
 * The words become arguments, not shell: operators, globs, comments and
 * variables would silently mean something else, so they are reported.
 */
import { parse } from 'shell-quote';
/**
 * Splits `args` (the text after `sam build` etc.) into words; `valued` lists
 * the options that take values (long and short spellings), mapped to a
 * canonical name. Values of options in `variableOk` may be `$VAR`.
 */
export function parseCommand(args, valued, multi = new Set(), variableOk = new Set()) {
    const unsupported = [];
    const words = [];
    let tokens;
    try {
        tokens = parse(args, (name) => `$${name}`);
    }
    catch {
        // shell-quote throws on an unclosed `${`: report the substitution, never crash.
        const at = args.indexOf('${');
        return { options: new Map(), rest: [], unsupported: [at >= 0 ? args.slice(at).split(/\s/, 1)[0] : args] };
    }
    for (const token of tokens) {
        if (typeof token === 'string')
            words.push(token);
        else if ('comment' in token) {
            unsupported.push(`#${token.comment}`);
            break;
        }
        else if (token.op === 'glob')
            unsupported.push(token.pattern);
        else {
            // What follows an operator is another command, not more arguments.
            unsupported.push(token.op);
            break;
        }
    }
    const options = new Map();
    const rest = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const [flag, inline] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
        const canonical = valued[flag];
        if (!canonical) {
            if (word.includes('$'))
                unsupported.push(word);
            rest.push(word);
            continue;
        }
        const values = [];
        if (inline !== undefined)
            values.push(inline);
        else if (multi.has(canonical))
            while (i + 1 < words.length && !words[i + 1].startsWith('-'))
                values.push(words[++i]);
        else if (i + 1 < words.length)
            values.push(words[++i]);
        if (!variableOk.has(canonical))
            unsupported.push(...values.filter((v) => v.includes('$')));
        options.set(canonical, [...(options.get(canonical) ?? []), ...values]);
    }
    // Report in the order written.
    unsupported.sort((a, b) => args.indexOf(a) - args.indexOf(b));
    return { options, rest, unsupported };
}
/** The problem to report for a command's unsupported syntax, if any. */
export function unsupportedSyntax(parsed) {
    if (parsed.unsupported.length === 0)
        return null;
    return `Unexpected shell syntax \`${parsed.unsupported.join(' ')}\` in a \`sam\` command step: its words are passed to sam as arguments, not run by a shell (no variables, operators or globs)`;
}
