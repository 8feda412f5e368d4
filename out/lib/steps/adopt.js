/**
 * Small readers the step kinds share when `docflow import` asks them to adopt
 * a hand-written workflow step (see `adopt` in kind.ts).
 */
/** `${{ … }}` anywhere in `text`. */
export function hasExpression(text) {
    return text.includes('${{');
}
/**
 * The `run:` text as one command line (backslash continuations joined), or
 * null when it holds more than one command, a comment or a heredoc.
 */
export function singleCommand(run) {
    if (run === null)
        return null;
    const joined = run.replace(/\\\r?\n\s*/g, ' ').trim();
    if (!joined || /\r?\n/.test(joined) || /<<|(^|\s)#/.test(joined))
        return null;
    return joined.replace(/\s+/g, ' ');
}
/** Names a script must not take for a value: the runner's, AWS's and docflow's own. */
const RESERVED = /^(?:AWS_|SAM_|GITHUB_|RUNNER_|ACTIONS_|INPUT_|GH_|PIP_)|^(?:PATH|HOME|PWD|SHELL|CI|ENVIRONMENT|STACK_NAME|IFS|USER|REGION)$/;
/** `github.*` values the runner already exports. */
const GITHUB_ENV = {
    ref: 'GITHUB_REF', ref_name: 'GITHUB_REF_NAME', ref_type: 'GITHUB_REF_TYPE', sha: 'GITHUB_SHA', repository: 'GITHUB_REPOSITORY',
    run_id: 'GITHUB_RUN_ID', run_number: 'GITHUB_RUN_NUMBER', event_name: 'GITHUB_EVENT_NAME', actor: 'GITHUB_ACTOR', workspace: 'GITHUB_WORKSPACE',
    head_ref: 'GITHUB_HEAD_REF', base_ref: 'GITHUB_BASE_REF', repository_owner: 'GITHUB_REPOSITORY_OWNER', server_url: 'GITHUB_SERVER_URL',
};
/** The variable name for an expression's value: its last name, upper snake case. */
function valueName(expression) {
    const last = expression.split('.').at(-1) ?? 'VALUE';
    const name = last.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
    // Tools read AWS_*, SAM_*, GH_*, PIP_* from the environment: a value of the script must not become one of theirs.
    const bare = name.replace(/^(?:(?:AWS|SAM|GITHUB|RUNNER|ACTIONS|INPUT|GH|PIP)_)+/, '');
    const safe = /^[A-Z_]/.test(bare) ? bare : `V_${bare}`;
    return RESERVED.test(safe) || safe === '_' || safe === 'V_' ? `${safe.replace(/_$/, '')}_VALUE` : safe;
}
/**
 * Moves every `${{ … }}` out of a script into `env:`: each becomes `${NAME}`
 * (in single quotes `'"${NAME}"'`) and an `Env:` value with its doc source.
 * `env.X` and runner-exported `github.*` values need no entry. What cannot be
 * moved (a context docs may not name, an expression inside a quoted heredoc)
 * is left as written and listed in `unmapped`, so `check` stops the workflow.
 */
export function moveExpressions(run, source) {
    const env = [];
    const unmapped = [];
    const named = new Map();
    const nameFor = (expression) => {
        const env1 = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expression);
        if (env1)
            return env1[1];
        const gh = /^github\.([a-z_]+)$/.exec(expression);
        if (gh && GITHUB_ENV[gh[1]])
            return GITHUB_ENV[gh[1]];
        const known = named.get(expression);
        if (known)
            return known;
        const doc = source(`\${{ ${expression} }}`);
        if (!doc)
            return null;
        let name = valueName(expression);
        for (let n = 2; [...named.values()].includes(name); n++)
            name = `${valueName(expression)}_${n}`;
        named.set(expression, name);
        env.push({ name, source: doc });
        return name;
    };
    let out = '';
    let quote = null;
    let heredoc = null;
    const lines = run.split('\n');
    for (const [index, line] of lines.entries()) {
        if (heredoc) {
            if (line.replace(/^\t+/, '') === heredoc.end)
                heredoc = null;
            else if (heredoc.literal && hasExpression(line))
                unmapped.push(`\`\${{ }}\` inside a quoted heredoc (line ${index + 1} of the script)`);
            else if (hasExpression(line)) {
                out += line.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expression) => {
                    const name = nameFor(expression);
                    if (!name)
                        unmapped.push(`\`${whole}\``);
                    return name ? `\${${name}}` : whole;
                }) + (index < lines.length - 1 ? '\n' : '');
                continue;
            }
            out += line + (index < lines.length - 1 ? '\n' : '');
            continue;
        }
        for (let i = 0; i < line.length; i++) {
            const ch = line[i];
            if (line.startsWith('${{', i)) {
                const end = line.indexOf('}}', i + 3);
                if (end > 0) {
                    const whole = line.slice(i, end + 2);
                    const expression = line.slice(i + 3, end).trim();
                    const name = nameFor(expression);
                    if (!name) {
                        unmapped.push(`\`${whole}\``);
                        out += whole;
                    }
                    else
                        out += quote === "'" ? `'"\${${name}}"'` : `\${${name}}`;
                    i = end + 1;
                    continue;
                }
            }
            if (quote !== "'" && ch === '\\') {
                out += line.slice(i, i + 2);
                i++;
                continue;
            }
            if (quote === null && ch === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
                out += line.slice(i).replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expression) => `\${${nameFor(expression) ?? 'UNMAPPED'}}`);
                break;
            }
            if (quote === null && line.startsWith('<<', i)) {
                const m = /^<<-?\s*(['"]?)\\?([A-Za-z_][A-Za-z0-9_]*)\1/.exec(line.slice(i));
                if (m)
                    heredoc = { end: m[2], literal: m[1] !== '' || line.slice(i).includes('\\') };
            }
            if (ch === "'" && quote !== '"')
                quote = quote === "'" ? null : "'";
            else if (ch === '"' && quote !== "'")
                quote = quote === '"' ? null : '"';
            out += ch;
        }
        if (index < lines.length - 1)
            out += '\n';
    }
    return { script: out, env, unmapped };
}
/**
 * The stacks a script's commands name with `--stack-name`: deployed by
 * `cloudformation deploy`/`sam deploy`, deleted by `delete-stack`/`sam delete`,
 * else read. Continuation lines are joined first.
 */
export function stacksInScript(script) {
    const out = [];
    for (const line of script.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
        for (const m of line.matchAll(/--stack-name[= ]+["']?([A-Za-z][A-Za-z0-9-]*)/g)) {
            const before = line.slice(0, m.index);
            const action = /(?:cloudformation\s+deploy|sam\s+deploy)\b[^;&|]*$/.test(before) ? 'deploy' : /(?:delete-stack|sam\s+delete)\b[^;&|]*$/.test(before) ? 'delete' : 'read';
            out.push({ action, name: m[1] });
        }
    }
    return out;
}
/**
 * The words of a one-command `run:` as the shell passes them (quotes
 * removed), each `${{ … }}` kept whole inside its word; null when the line
 * holds anything whose words depend on the shell at run time (a variable, a
 * glob, a redirection, a pipe, a command substitution, an escape). The kinds
 * compare these words with the words their own step would pass.
 */
export function commandWords(run) {
    const line = singleCommand(run);
    if (line === null)
        return null;
    const words = [];
    let word = null;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (line.startsWith('${{', i)) {
            const end = line.indexOf('}}', i + 3);
            if (end < 0)
                return null;
            word = (word ?? '') + line.slice(i, end + 2);
            i = end + 1;
            continue;
        }
        if (quote === "'") {
            if (ch === "'")
                quote = null;
            else
                word += ch;
            continue;
        }
        if (quote === '"') {
            if (ch === '"')
                quote = null;
            else if (/[$`\\]/.test(ch))
                return null;
            else
                word += ch;
            continue;
        }
        if (ch === ' ') {
            if (word !== null)
                words.push(word);
            word = null;
            continue;
        }
        if (ch === "'" || ch === '"') {
            quote = ch;
            word ??= '';
            continue;
        }
        if (/[$`\\;&|<>(){}*?[\]!#~]/.test(ch))
            return null;
        word = (word ?? '') + ch;
    }
    if (quote)
        return null;
    if (word !== null)
        words.push(word);
    return words;
}
/** A word that is one plain value: no whitespace, quotes or backslash, which a kind's step would quote or pass differently. */
export function plainWord(word) {
    return word.length > 0 && !/[\s"'\\`]/.test(word.replace(/\$\{\{[^}]*\}\}/g, 'x'));
}
/**
 * Reads `--flag value` from `words` at `at` when the flag is there: the value,
 * and moves `at` past it; undefined when the flag is not next; null when it is
 * but its value is missing (another flag).
 */
export function takeFlag(words, at, flag) {
    if (words[at.i] !== flag)
        return undefined;
    const value = words[at.i + 1];
    if (value === undefined || value.startsWith('--'))
        return null;
    at.i += 2;
    return value;
}
/** The words from `at` up to the next `--flag` (a list option's values), moving `at` past them. */
export function takeList(words, at) {
    const out = [];
    while (at.i < words.length && !words[at.i].startsWith('--'))
        out.push(words[at.i++]);
    return out;
}
/** A value as a doc writes it after a name: `(from …)` or `` (value: `x`) ``; null when no source can say it. */
export function sourcePart(value, source) {
    if (!plainWord(value))
        return null;
    const doc = source(value);
    return doc ? `(${doc})` : null;
}
/** A literal name a step may hold in backticks: a stack, a path, a bucket (no expression, nothing the shell would read). */
export function literalName(value) {
    return typeof value === 'string' && /^[A-Za-z0-9_./:@+=,-]+$/.test(value) && !value.startsWith('--');
}
const DESCRIBE = String.raw `aws cloudformation describe-stacks --stack-name ("\$\d"|\$\d|[A-Za-z][A-Za-z0-9-]*)(?: --region [a-z0-9-]+)? --query "Stacks\[0\]\.Outputs\[\?OutputKey=='(\$\d|[A-Za-z0-9]+)'\]\.OutputValue" --output text`;
/**
 * The stack outputs a script that does nothing but look them up writes to
 * `$GITHUB_OUTPUT` (`describe-stacks … --query "…OutputKey=='X'…" --output text`
 * through a helper function or a variable, one `echo "name=…"` each); null when
 * the script does anything else. What a merge compares: the same value
 * a doc reads from the stack.
 */
export function lookedUp(run) {
    if (run === null)
        return null;
    let text = run.replace(/\\\r?\n\s*/g, ' ').replace(/[ \t]+/g, ' ');
    const functions = new Map();
    text = text.replace(new RegExp(String.raw `^\s*([a-z_]+)\(\) ?\{\s*${DESCRIBE}(?: 2>/dev/null)?\s*;?\s*\}`, 'gm'), (_all, fn, stack, output) => {
        functions.set(fn, { stack: stack.replace(/"/g, ''), output });
        return '';
    });
    const vars = new Map();
    const out = [];
    const arg = (value, args) => (/^\$\d$/.test(value) ? args[Number(value.slice(1)) - 1] : value);
    // Inside `{ … } >> "$GITHUB_OUTPUT"`, an echo writes to the step's outputs without its own redirection.
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let group = false;
    for (const [k, raw] of lines.entries()) {
        const line = raw.replace(/^if /, '').replace(/; then$/, '');
        if (line === '{') {
            group = lines.slice(k + 1).some((l) => /^\} >> "\$GITHUB_OUTPUT"$/.test(l));
            if (!group)
                return null;
            continue;
        }
        if (line === 'fi')
            continue;
        if (/^\} >> "\$GITHUB_OUTPUT"$/.test(line)) {
            group = false;
            continue;
        }
        const assign = new RegExp(String.raw `^([a-z_]+)=\$\(${DESCRIBE}(?: 2>/dev/null)?\)$`).exec(line);
        if (assign && !assign[2].includes('$') && !assign[3].includes('$')) {
            vars.set(assign[1], { stack: assign[2], output: assign[3] });
            continue;
        }
        const echo = /^(?:then )?echo "([A-Za-z_][\w-]*)=\$(?:\(([a-z_]+)((?: [A-Za-z0-9-]+)*)\)|\{?([a-z_]+)\}?)"(?: >> "\$GITHUB_OUTPUT")?(?:; fi)?$/.exec(line);
        const from = echo ? (echo[2] ? functions.get(echo[2]) : vars.get(echo[4])) : undefined;
        if (!echo || !from || (!group && !line.includes('>> "$GITHUB_OUTPUT"')))
            return null;
        const args = (echo[3] ?? '').trim().split(' ').filter(Boolean);
        const [stack, output] = [arg(from.stack, args), arg(from.output, args)];
        if (!stack || !output)
            return null;
        out.push({ name: echo[1], stack, output });
    }
    return out.length > 0 ? out : null;
}
