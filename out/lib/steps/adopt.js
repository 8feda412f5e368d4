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
